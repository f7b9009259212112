using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Device to host (state): pressure on a held pad at the pad resolution; 0 when let go.</summary>
/// <param name="Pad">Zero-based pad number.</param>
/// <param name="Pressure">0..2^padBits-1.</param>
public readonly record struct PadPressureReport(byte Pad, ushort Pressure) : IFirmwareMessage<PadPressureReport>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.PadPressure;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out PadPressureReport message)
    {
        message = payload.Length == 3 ? new PadPressureReport(payload[0], BinaryPrimitives.ReadUInt16LittleEndian(payload[1..])) : default;
        return payload.Length == 3;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Pad;
        BinaryPrimitives.WriteUInt16LittleEndian(payload[1..], Pressure);
        return 3;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("pad", Pad);
        json.WriteNumber("pressure", Pressure);
    }
}

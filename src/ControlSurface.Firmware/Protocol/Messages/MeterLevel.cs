using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device (state): a meter's level.</summary>
/// <param name="Meter">Zero-based meter number.</param>
/// <param name="Level">0 (silence) .. 65535 (full scale).</param>
public readonly record struct MeterLevel(byte Meter, ushort Level) : IFirmwareMessage<MeterLevel>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Meter;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out MeterLevel message)
    {
        message = payload.Length == 3 ? new MeterLevel(payload[0], BinaryPrimitives.ReadUInt16LittleEndian(payload[1..])) : default;
        return payload.Length == 3;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Meter;
        BinaryPrimitives.WriteUInt16LittleEndian(payload[1..], Level);
        return 3;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("meter", Meter);
        json.WriteNumber("level", Level);
    }
}

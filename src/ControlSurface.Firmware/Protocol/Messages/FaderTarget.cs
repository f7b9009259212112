using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device (state): drive a motor fader to a position (the latest target wins).</summary>
/// <param name="Fader">Zero-based fader number.</param>
/// <param name="Raw">Target position at native resolution, within the fader's calibration.</param>
/// <param name="MaxSpeed">Speed limit in raw units per millisecond; 0 uses the device's configured limit.</param>
public readonly record struct FaderTarget(byte Fader, ushort Raw, ushort MaxSpeed) : IFirmwareMessage<FaderTarget>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.FaderTarget;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out FaderTarget message)
    {
        message = payload.Length == 5
            ? new FaderTarget(payload[0], BinaryPrimitives.ReadUInt16LittleEndian(payload[1..]), BinaryPrimitives.ReadUInt16LittleEndian(payload[3..]))
            : default;
        return payload.Length == 5;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Fader;
        BinaryPrimitives.WriteUInt16LittleEndian(payload[1..], Raw);
        BinaryPrimitives.WriteUInt16LittleEndian(payload[3..], MaxSpeed);
        return 5;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("fader", Fader);
        json.WriteNumber("raw", Raw);
        json.WriteNumber("maxSpeed", MaxSpeed);
    }
}

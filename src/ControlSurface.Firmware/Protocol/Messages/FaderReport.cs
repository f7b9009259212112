using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Device to host (state): a fader's position at native ADC resolution and whether a hand touches it.</summary>
/// <param name="Fader">Zero-based fader number.</param>
/// <param name="Raw">Position, 0..2^faderBits-1 (the host normalises with the calibration).</param>
/// <param name="Touched">True while the touch sensor reports a hand.</param>
public readonly record struct FaderReport(byte Fader, ushort Raw, bool Touched) : IFirmwareMessage<FaderReport>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Fader;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out FaderReport message)
    {
        message = default;
        if (payload.Length != 4 || (payload[3] & 0xFE) != 0)
            return false;
        message = new FaderReport(payload[0], BinaryPrimitives.ReadUInt16LittleEndian(payload[1..]), payload[3] == 1);
        return true;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Fader;
        BinaryPrimitives.WriteUInt16LittleEndian(payload[1..], Raw);
        payload[3] = (byte)(Touched ? 1 : 0);
        return 4;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("fader", Fader);
        json.WriteNumber("raw", Raw);
        json.WriteBoolean("touched", Touched);
    }
}

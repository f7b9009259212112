using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device (state): switch a fader's motor on or off.</summary>
/// <param name="Fader">Zero-based fader number, or <see cref="AllFaders"/>.</param>
/// <param name="Enabled">True to let the motor drive toward its target.</param>
public readonly record struct MotorEnable(byte Fader, bool Enabled) : IFirmwareMessage<MotorEnable>
{
    /// <summary>The fader number that means every fader.</summary>
    public const byte AllFaders = 0xFF;

    /// <inheritdoc/>
    public static MessageType Type => MessageType.Motor;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out MotorEnable message)
    {
        var ok = payload.Length == 2 && payload[1] <= 1;
        message = ok ? new MotorEnable(payload[0], payload[1] == 1) : default;
        return ok;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Fader;
        payload[1] = (byte)(Enabled ? 1 : 0);
        return 2;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("fader", Fader);
        json.WriteBoolean("enabled", Enabled);
    }
}

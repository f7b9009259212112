using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device: read a configuration entry; the device answers with <see cref="ConfigValue"/> (or an error).</summary>
/// <param name="Key">Which setting.</param>
/// <param name="Index">Zero-based fader number.</param>
public readonly record struct ConfigGet(ConfigKey Key, byte Index) : IFirmwareMessage<ConfigGet>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.ConfigGet;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out ConfigGet message)
    {
        message = payload.Length == 2 ? new ConfigGet((ConfigKey)payload[0], payload[1]) : default;
        return payload.Length == 2;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = (byte)Key;
        payload[1] = Index;
        return 2;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteString("key", Enum.IsDefined(Key) ? Key.ToString() : $"0x{(byte)Key:X2}");
        json.WriteNumber("index", Index);
    }
}

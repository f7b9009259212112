using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Device to host: the current value of a configuration entry (the answer to get and set).</summary>
/// <param name="Entry">The entry.</param>
public readonly record struct ConfigValue(ConfigEntry Entry) : IFirmwareMessage<ConfigValue>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.ConfigValue;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out ConfigValue message)
    {
        var ok = ConfigEntry.TryRead(payload, out var entry);
        message = new ConfigValue(entry);
        return ok;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload) => Entry.Write(payload);

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Entry.WriteJson(json);
    }
}

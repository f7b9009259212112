using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device: write a configuration entry; the device persists it, then answers with <see cref="ConfigValue"/> (or an error).</summary>
/// <param name="Entry">The entry.</param>
public readonly record struct ConfigSet(ConfigEntry Entry) : IFirmwareMessage<ConfigSet>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.ConfigSet;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out ConfigSet message)
    {
        var ok = ConfigEntry.TryRead(payload, out var entry);
        message = new ConfigSet(entry);
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

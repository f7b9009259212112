using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Device to host: the state dump is complete; the host now re-sends every target, LED and text.</summary>
public readonly record struct DumpEnd : IFirmwareMessage<DumpEnd>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.DumpEnd;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out DumpEnd message)
    {
        message = default;
        return payload.IsEmpty;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload) => 0;

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json) => ArgumentNullException.ThrowIfNull(json);
}

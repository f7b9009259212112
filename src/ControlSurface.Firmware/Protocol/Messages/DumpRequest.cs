using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device: send every state message now (faders, pad pressures, held buttons), then <see cref="DumpEnd"/>.</summary>
public readonly record struct DumpRequest : IFirmwareMessage<DumpRequest>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.DumpRequest;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out DumpRequest message)
    {
        message = default;
        return payload.IsEmpty;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload) => 0;

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json) => ArgumentNullException.ThrowIfNull(json);
}

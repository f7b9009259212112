using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device: "introduce yourself". The device answers with <see cref="Hello"/> at any time.</summary>
/// <param name="HostVersion">The newest protocol version the host speaks.</param>
public readonly record struct HelloRequest(byte HostVersion) : IFirmwareMessage<HelloRequest>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.HelloRequest;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out HelloRequest message)
    {
        message = payload.Length == 1 && payload[0] != 0 ? new HelloRequest(payload[0]) : default;
        return payload.Length == 1 && payload[0] != 0;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = HostVersion;
        return 1;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("hostVersion", HostVersion);
    }
}

namespace ControlSurface.Firmware.Protocol;

/// <summary>A decoded frame with a good CRC: type, sequence number and payload (the CRC is not included).</summary>
public readonly ref struct FrameView
{
    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>Wraps header and payload bytes (at least <see cref="ProtocolLimits.HeaderLength"/> long).</summary>
    public FrameView(ReadOnlySpan<byte> headerAndPayload)
    {
        if (headerAndPayload.Length < ProtocolLimits.HeaderLength)
            throw new ArgumentException("a frame needs at least a type and a sequence number", nameof(headerAndPayload));
        _bytes = headerAndPayload;
    }

    /// <summary>The message type byte.</summary>
    public MessageType Type => (MessageType)_bytes[0];

    /// <summary>The sender's frame counter (wraps at 256).</summary>
    public byte Sequence => _bytes[1];

    /// <summary>The payload bytes.</summary>
    public ReadOnlySpan<byte> Payload => _bytes[ProtocolLimits.HeaderLength..];

    /// <summary>Parses the payload as <typeparamref name="T"/>; false when the type differs or the payload is malformed.</summary>
    public bool TryRead<T>(out T message) where T : struct, IFirmwareMessage<T>
    {
        if (Type != T.Type)
        {
            message = default;
            return false;
        }
        return T.TryRead(Payload, out message);
    }
}

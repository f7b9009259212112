using ControlSurface.Firmware.Protocol;

namespace ControlSurface.Firmware.Link;

/// <summary>Collects encoded frames so a burst goes out in one write; owned by one thread.</summary>
internal sealed class FrameBatch
{
    private readonly byte[] _buffer = new byte[8192];
    private readonly IFrameSink _link;
    private int _length;

    public FrameBatch(IFrameSink link) => _link = link;

    /// <summary>Frames added since the last <see cref="Flush"/>.</summary>
    public int Frames { get; private set; }

    /// <summary>Encodes one message with the link's next sequence number.</summary>
    public void Add<T>(in T message) where T : struct, IFirmwareMessage<T>
    {
        if (_length + ProtocolLimits.MaxWireLength > _buffer.Length)
            Flush();
        _length += FrameWriter.Encode(message, _link.NextSequence(), _buffer.AsSpan(_length));
        Frames++;
    }

    /// <summary>Adds a bare delimiter (flushes garbage on the far side after a reconnect).</summary>
    public void AddDelimiter()
    {
        if (_length + 1 > _buffer.Length)
            Flush();
        _buffer[_length++] = 0;
    }

    /// <summary>Writes what was collected.</summary>
    /// <exception cref="IOException">The port failed.</exception>
    public void Flush()
    {
        if (_length == 0)
            return;
        _link.WriteFrames(_buffer.AsSpan(0, _length), Frames);
        _length = 0;
        Frames = 0;
    }
}

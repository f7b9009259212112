using System.Buffers;
using ControlSurface.Firmware.Link;
using ControlSurface.Firmware.Protocol;

namespace ControlSurface.Firmware.Tests.Link;

/// <summary>A frame batch whose output is kept in memory and decoded back for assertions.</summary>
internal sealed class CapturingBatch : IFrameSink
{
    private readonly List<byte> _bytes = [];
    private byte _sequence;

    public CapturingBatch() => Batch = new FrameBatch(this);

    public FrameBatch Batch { get; }

    public byte NextSequence() => _sequence++;

    public void WriteFrames(ReadOnlySpan<byte> frames, int count) => _bytes.AddRange(frames.ToArray());

    public List<(MessageType Type, byte[] Payload)> Frames()
    {
        var input = new ReadOnlySequence<byte>(_bytes.ToArray());
        var reader = new FrameReader();
        var frame = new byte[ProtocolLimits.MaxFrameLength];
        var frames = new List<(MessageType, byte[])>();
        while (reader.Read(ref input, frame, out var n) == FrameStatus.Ok)
        {
            var view = new FrameView(frame.AsSpan(0, n));
            frames.Add((view.Type, view.Payload.ToArray()));
        }
        return frames;
    }
}

using System.Buffers;

namespace ControlSurface.Firmware.Tests.Protocol;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/>s, as a PipeReader hands them out.</summary>
internal sealed class TestSegment : ReadOnlySequenceSegment<byte>
{
    private TestSegment(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    /// <summary>A sequence with one segment per chunk of <paramref name="chunk"/> bytes.</summary>
    public static ReadOnlySequence<byte> Split(byte[] bytes, int chunk)
    {
        if (bytes.Length == 0)
            return ReadOnlySequence<byte>.Empty;
        var first = new TestSegment(bytes.AsMemory(0, Math.Min(chunk, bytes.Length)), 0);
        var last = first;
        for (var at = chunk; at < bytes.Length; at += chunk)
        {
            var next = new TestSegment(bytes.AsMemory(at, Math.Min(chunk, bytes.Length - at)), at);
            last.Next = next;
            last = next;
        }
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }
}

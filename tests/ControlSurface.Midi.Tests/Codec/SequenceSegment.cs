using System.Buffers;

namespace ControlSurface.Midi.Tests.Codec;

/// <summary>Builds multi-segment sequences, as a pipe reader hands them out.</summary>
internal sealed class SequenceSegment : ReadOnlySequenceSegment<byte>
{
    private SequenceSegment(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    /// <summary>Splits <paramref name="bytes"/> at the given ascending cut points.</summary>
    public static ReadOnlySequence<byte> Split(byte[] bytes, params int[] cuts)
    {
        int[] bounds = [0, .. cuts, bytes.Length];
        var first = new SequenceSegment(bytes.AsMemory(0, bounds[1]), 0);
        var last = first;
        for (var i = 1; i < bounds.Length - 1; i++)
        {
            var next = new SequenceSegment(bytes.AsMemory(bounds[i], bounds[i + 1] - bounds[i]), bounds[i]);
            last.Next = next;
            last = next;
        }
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }
}

namespace ControlSurface.Core.Model;

/// <summary>A span of the timeline in samples: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
/// <param name="Start">First sample in the range.</param>
/// <param name="End">First sample after the range.</param>
public readonly record struct SampleRange(long Start, long End)
{
    /// <summary>Number of samples in the range (0 when empty).</summary>
    public long Length => Math.Max(0, End - Start);

    /// <summary>True when the range holds no sample.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="position"/> is in [Start, End).</summary>
    /// <param name="position">A position in samples.</param>
    /// <returns>Whether the range contains it.</returns>
    public bool Contains(long position) => position >= Start && position < End;

    /// <summary>A validated range.</summary>
    /// <param name="start">First sample, 0 or more.</param>
    /// <param name="end">First sample after the range, greater than <paramref name="start"/>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative start or an end not after the start.</exception>
    public static SampleRange Create(long start, long end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        return new SampleRange(start, end);
    }
}

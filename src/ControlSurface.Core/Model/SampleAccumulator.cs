namespace ControlSurface.Core.Model;

/// <summary>Turns elapsed time into whole samples, carrying the fraction so no sample is lost or gained over any number of steps.</summary>
/// <remarks>
/// Integer arithmetic on <see cref="TimeSpan.Ticks"/> (100 ns): 10,000 steps of 1 ms at 44.1 kHz give exactly 441,000
/// samples, where adding 44.1 as a double would drift. Not thread-safe.
/// </remarks>
public sealed class SampleAccumulator
{
    private long _remainder; // ticks × sample rate not yet worth a whole sample, 0 .. TicksPerSecond − 1

    /// <summary>Creates an accumulator with no fraction carried.</summary>
    /// <param name="sampleRate">Samples per second, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleRate"/> is below 1.</exception>
    public SampleAccumulator(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        SampleRate = sampleRate;
    }

    /// <summary>Samples per second.</summary>
    public int SampleRate { get; }

    /// <summary>The whole samples in a span, rounded down (no carry).</summary>
    /// <param name="span">A non-negative time span.</param>
    /// <param name="sampleRate">Samples per second.</param>
    /// <returns>floor(span × sampleRate).</returns>
    public static long ToSamples(TimeSpan span, int sampleRate) =>
        (long)((Int128)span.Ticks * sampleRate / TimeSpan.TicksPerSecond);

    /// <summary>The whole samples that <paramref name="elapsed"/> adds to the carried fraction; keeps the new fraction.</summary>
    /// <param name="elapsed">Time that passed; zero or negative gives 0 and keeps the fraction.</param>
    /// <returns>Whole samples, 0 or more.</returns>
    public long Take(TimeSpan elapsed)
    {
        if (elapsed <= TimeSpan.Zero)
        {
            return 0;
        }

        var scaled = ((Int128)elapsed.Ticks * SampleRate) + _remainder;
        _remainder = (long)(scaled % TimeSpan.TicksPerSecond);
        return (long)(scaled / TimeSpan.TicksPerSecond);
    }

    /// <summary>Drops the carried fraction (after a locate, the count starts afresh).</summary>
    public void Reset() => _remainder = 0;
}

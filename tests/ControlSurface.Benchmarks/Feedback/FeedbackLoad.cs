namespace ControlSurface.Benchmarks.Feedback;

/// <summary>
/// 32 motor faders reporting at 1 kHz each plus a flood of target updates (one per fader per ms), with a
/// tick every millisecond. Each fader is held for 250 ms and let go for 250 ms, staggered in groups of 8:
/// held faders ride a slow sine, free ones report ±3 LSB of noise around where the motor put them.
/// </summary>
internal sealed class FeedbackLoad
{
    public const int Faders = 32;

    /// <summary>Events per simulated millisecond: 32 hand readings, 32 target updates, one tick.</summary>
    public const int EventsPerMs = (2 * Faders) + 1;

    private const long StepTicks = TimeSpan.TicksPerMillisecond / Faders;
    private readonly ManualClock _clock;
    private readonly IFeedbackPath _path;
    private readonly bool[] _held = new bool[Faders];
    private readonly double[] _target = new double[Faders];
    private uint _random = 12345;
    private long _ms;

    public FeedbackLoad(ManualClock clock, IFeedbackPath path)
    {
        _clock = clock;
        _path = path;
        for (var f = 0; f < Faders; f++)
            _target[f] = 0.5;
    }

    /// <summary>Plays one simulated millisecond; <paramref name="timed"/> (if given) sees every event's duration in timestamp units.</summary>
    public void Millisecond(long[]? timed = null, int offset = 0)
    {
        var phase = _ms % 500;
        if (phase % 125 == 0)
        {
            // Group (phase / 125) changes hands: held for 250 ms, then free for 250 ms.
            var group = (int)(phase / 125);
            for (var f = group * 8; f < (group + 1) * 8; f++)
            {
                _held[f] = !_held[f];
                _path.Touch(f, _held[f]);
            }
        }

        for (var f = 0; f < Faders; f++)
        {
            _clock.Advance(StepTicks);
            var position = _held[f]
                ? 0.5 + (0.4 * Math.Sin((_ms + (f * 31)) * 0.002))
                : _target[f] + ((Next() % 7) - 3) / 1023.0;
            var value = (Next() % 1024) / 1023.0;
            _target[f] = value;
            var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            _path.Hand(f, Math.Clamp(position, 0, 1));
            var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
            _path.Target(f, value);
            var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
            if (timed is not null)
            {
                timed[offset++] = t1 - t0;
                timed[offset++] = t2 - t1;
            }
        }

        var t3 = System.Diagnostics.Stopwatch.GetTimestamp();
        _path.Tick();
        if (timed is not null)
            timed[offset] = System.Diagnostics.Stopwatch.GetTimestamp() - t3;
        _ms++;
    }

    private uint Next()
    {
        _random ^= _random << 13;
        _random ^= _random >> 17;
        _random ^= _random << 5;
        return _random;
    }
}

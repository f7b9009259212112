namespace ControlSurface.Core.Feedback;

/// <summary>Monotonic time for one feedback stage, in <see cref="TimeSpan"/> ticks since the stage was created.</summary>
/// <remarks>
/// Reads <see cref="TimeProvider.GetUtcNow"/> (so a replay clock that only sets the wall time replays
/// exactly) and counts only forward steps: if the wall clock is set back, time stands still for that
/// instant instead of freezing every timer until the clock catches up.
/// </remarks>
internal sealed class StageClock
{
    private readonly TimeProvider _time;
    private long _lastUtc;
    private long _now;

    public StageClock(TimeProvider time)
    {
        _time = time;
        _lastUtc = time.GetUtcNow().UtcTicks;
    }

    /// <summary>Reads the clock: ticks since creation.</summary>
    public long Now()
    {
        var utc = _time.GetUtcNow().UtcTicks;
        if (utc > _lastUtc)
        {
            _now += utc - _lastUtc;
        }

        _lastUtc = utc;
        return _now;
    }

    /// <summary>A duration in this clock's ticks.</summary>
    public static long Ticks(TimeSpan span) => span.Ticks;
}

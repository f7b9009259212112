namespace ControlSurface.Benchmarks.Feedback;

/// <summary>A clock the load generator moves by hand, so a benchmark simulates seconds of traffic in milliseconds.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(long ticks) => _now = _now.AddTicks(ticks);
}

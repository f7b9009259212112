namespace ControlSurface.Core.Engine;

/// <summary>A clock that only moves when told: replays a journal with the times it recorded.</summary>
/// <remarks>Not thread-safe; the replaying thread owns it. Timers are not supported (replay feeds ticks as inputs).</remarks>
public sealed class ReplayClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock to <paramref name="at"/>; never backwards.</summary>
    public void Set(DateTimeOffset at)
    {
        if (at > _now)
            _now = at;
    }
}

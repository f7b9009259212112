namespace ControlSurface.Pi.Inputs;

/// <summary>Leading-edge debounce: the first change is reported at once, then the contact is ignored for a lock-out time.</summary>
/// <remarks>
/// Zero latency for the press a musician hears; contact bounce inside the lock-out is ignored, and a level that
/// differs from the reported one when the lock-out ends is reported then, so no release is lost.
/// Times are <see cref="TimeProvider.GetTimestamp"/> ticks.
/// </remarks>
internal struct Debouncer
{
    private long _lockedUntil;

    /// <summary>The reported (debounced) level: true = pressed.</summary>
    public bool Pressed { get; private set; }

    /// <summary>Feeds the raw level read at <paramref name="now"/>; true when <see cref="Pressed"/> changed.</summary>
    public bool Update(bool raw, long now, long lockout)
    {
        if (now < _lockedUntil || raw == Pressed)
            return false;
        Pressed = raw;
        _lockedUntil = now + lockout;
        return true;
    }
}

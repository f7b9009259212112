namespace ControlSurface.Core.Feedback;

/// <summary>A token bucket of bytes per second for one surface's link.</summary>
/// <remarks>Refills continuously; holds at most <c>burst</c> worth of bytes so a quiet link cannot save up a flood.</remarks>
internal sealed class LinkBudget
{
    private readonly double _bytesPerTick;
    private readonly double _capacity;
    private double _tokens;
    private long _lastRefill;

    /// <summary>Creates a budget; <paramref name="bytesPerSecond"/> 0 means unlimited.</summary>
    public LinkBudget(int bytesPerSecond, TimeSpan burst, long timestampFrequency, long now)
    {
        Unlimited = bytesPerSecond <= 0;
        _bytesPerTick = (double)bytesPerSecond / timestampFrequency;
        _capacity = Math.Max(64, bytesPerSecond * burst.TotalSeconds);
        _tokens = _capacity;
        _lastRefill = now;
    }

    /// <summary>True when the link has no byte limit.</summary>
    public bool Unlimited { get; }

    /// <summary>Takes <paramref name="bytes"/> from the bucket if they are there.</summary>
    public bool TryTake(int bytes, long now)
    {
        if (Unlimited)
        {
            return true;
        }

        Refill(now);
        if (_tokens < bytes)
        {
            return false;
        }

        _tokens -= bytes;
        return true;
    }

    /// <summary>Takes <paramref name="bytes"/> for a send that cannot wait; the bucket may go into debt, which later sends repay.</summary>
    public void Take(int bytes, long now)
    {
        if (!Unlimited)
        {
            Refill(now);
            _tokens -= bytes;
        }
    }

    private void Refill(long now)
    {
        if (now > _lastRefill)
        {
            _tokens = Math.Min(_capacity, _tokens + ((now - _lastRefill) * _bytesPerTick));
            _lastRefill = now;
        }
    }
}

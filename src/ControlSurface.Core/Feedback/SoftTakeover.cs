namespace ControlSurface.Core.Feedback;

/// <summary>Soft takeover for one control without a motor: decides whether a hand move changes the value.</summary>
/// <remarks>
/// Positions and values are model units, 0..1. Call <see cref="Move"/> for every hand move with the current
/// value, and <see cref="ValueChanged"/> when something else changed the value (DAW, bank switch). One
/// instance per control, created up front; no method allocates. Engine thread only.
/// </remarks>
public sealed class SoftTakeover
{
    private const double Exact = 1e-9;

    /// <summary>Creates the takeover state for one control.</summary>
    /// <param name="mode">The takeover mode.</param>
    /// <param name="tolerance">How close counts as "reached" for <see cref="PickupMode.PickupTolerant"/> and <see cref="PickupMode.Scale"/>.</param>
    public SoftTakeover(PickupMode mode, double tolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        Mode = mode;
        Tolerance = tolerance;
    }

    /// <summary>The takeover mode; may change at any time (takes effect on the next move).</summary>
    public PickupMode Mode { get; set; }

    /// <summary>How close counts as "reached" for tolerant and scaling modes.</summary>
    public double Tolerance { get; }

    /// <summary>True once the control has picked up the value and moves it directly.</summary>
    public bool PickedUp { get; private set; }

    /// <summary>Which way to move to pick up the value.</summary>
    public PickupDirection Hint { get; private set; }

    /// <summary>The control's last known position, NaN before the first move.</summary>
    public double LastPosition { get; private set; } = double.NaN;

    /// <summary>Applies a hand move to <paramref name="position"/> while the value is <paramref name="value"/> (NaN when unknown).</summary>
    public PickupResult Move(double position, double value)
    {
        var last = LastPosition;
        LastPosition = position;
        if (double.IsNaN(value) || Mode == PickupMode.Jump || PickedUp || Reached(last, position, value))
        {
            PickedUp = true;
            Hint = PickupDirection.None;
            return new PickupResult(true, position, PickupDirection.None);
        }

        if (Mode == PickupMode.Scale && !double.IsNaN(last) && position != last)
        {
            var next = position > last
                ? value + ((position - last) * (1 - value) / (1 - last))
                : value - ((last - position) * value / last);
            next = Math.Clamp(next, 0, 1);
            Hint = Direction(position, next);
            return new PickupResult(true, next, Hint);
        }

        Hint = Direction(position, value);
        return new PickupResult(false, value, Hint);
    }

    /// <summary>Records where the control is without moving the value (a first reading that only anchors).</summary>
    public void Observe(double position) => LastPosition = position;

    /// <summary>Something other than this control changed the value; it must be picked up again unless the control is there.</summary>
    public void ValueChanged(double value)
    {
        if (double.IsNaN(value))
        {
            return;
        }

        if (double.IsNaN(LastPosition) || Math.Abs(LastPosition - value) > Math.Max(Tolerance, Exact))
        {
            PickedUp = Mode == PickupMode.Jump;
            Hint = PickedUp || double.IsNaN(LastPosition) ? PickupDirection.None : Direction(LastPosition, value);
        }
    }

    /// <summary>Forgets the control's position (after a reconnect), so the next move starts a fresh takeover.</summary>
    public void Forget()
    {
        LastPosition = double.NaN;
        PickedUp = false;
        Hint = PickupDirection.None;
    }

    private bool Reached(double last, double position, double value)
    {
        var near = Mode == PickupMode.Pickup ? Exact : Tolerance;
        if (Math.Abs(position - value) <= near)
        {
            return true;
        }

        // Crossing the value between two readings counts: a fast hand skips past it.
        return !double.IsNaN(last) && (last - value) * (position - value) <= 0;
    }

    private static PickupDirection Direction(double position, double value) =>
        value > position ? PickupDirection.Up : value < position ? PickupDirection.Down : PickupDirection.None;
}

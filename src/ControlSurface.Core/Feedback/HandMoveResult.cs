namespace ControlSurface.Core.Feedback;

/// <summary>What becomes of one fader reading from a surface.</summary>
/// <param name="Accepted">True when the reading is a hand move the model should take.</param>
/// <param name="Value">The model value to apply when accepted (after calibration and pickup), 0..1.</param>
/// <param name="Reason">Why the reading was not accepted; <see cref="SuppressReason.None"/> when it was.</param>
public readonly record struct HandMoveResult(bool Accepted, double Value, SuppressReason Reason)
{
    /// <summary>An accepted move to <paramref name="value"/>.</summary>
    public static HandMoveResult Accept(double value) => new(true, value, SuppressReason.None);

    /// <summary>A reading that changes nothing, and why.</summary>
    public static HandMoveResult Suppress(SuppressReason reason) => new(false, double.NaN, reason);
}

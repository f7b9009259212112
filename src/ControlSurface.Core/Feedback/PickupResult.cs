namespace ControlSurface.Core.Feedback;

/// <summary>What a hand move on a non-motor control does to the value.</summary>
/// <param name="Accepted">True when the move changes the value.</param>
/// <param name="Value">The new value when accepted (model units, 0..1).</param>
/// <param name="Hint">Which way to move to pick up the value; <see cref="PickupDirection.None"/> once picked up.</param>
public readonly record struct PickupResult(bool Accepted, double Value, PickupDirection Hint);

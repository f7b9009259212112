namespace ControlSurface.Core.Feedback;

/// <summary>Which way to move a non-motor control to pick up the value (the direction hint).</summary>
public enum PickupDirection : byte
{
    /// <summary>The control has picked up the value (or the value is unknown): no hint.</summary>
    None,
    /// <summary>Move the control up to reach the value.</summary>
    Up,
    /// <summary>Move the control down to reach the value.</summary>
    Down,
}

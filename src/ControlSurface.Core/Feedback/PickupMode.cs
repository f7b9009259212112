namespace ControlSurface.Core.Feedback;

/// <summary>How a control without a motor takes over a value it does not show (soft takeover).</summary>
public enum PickupMode : byte
{
    /// <summary>The value jumps to the control's position on its first move.</summary>
    Jump,
    /// <summary>Nothing happens until the control crosses the current value.</summary>
    Pickup,
    /// <summary>Like <see cref="Pickup"/>, but coming within the pickup tolerance also counts.</summary>
    PickupTolerant,
    /// <summary>The value moves proportionally so that it meets the control at the end of its travel.</summary>
    Scale,
}

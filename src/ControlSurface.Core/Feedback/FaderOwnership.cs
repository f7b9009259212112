namespace ControlSurface.Core.Feedback;

/// <summary>Who owns a physical motor fader right now.</summary>
public enum FaderOwnership : byte
{
    /// <summary>Nobody: the motor is at its target and no hand is on the knob.</summary>
    Idle,
    /// <summary>The host is driving the motor towards a target (or the motor is still travelling).</summary>
    HostDriven,
    /// <summary>A hand holds the fader; it is never driven in this state.</summary>
    UserTouched,
    /// <summary>The hand just let go; waiting a short time for the DAW's answer before driving.</summary>
    Settling,
}

namespace ControlSurface.Core.Feedback;

/// <summary>Why a motor move or a hand move was not carried out.</summary>
public enum SuppressReason : byte
{
    /// <summary>Nothing was suppressed (the entry records a motor move).</summary>
    None,
    /// <summary>A hand holds the fader: it is never driven.</summary>
    Touched,
    /// <summary>The value is the DAW's echo of what this surface just sent.</summary>
    Echo,
    /// <summary>A newer value replaced this one before the rate limit let it out (latest wins).</summary>
    Coalesced,
    /// <summary>The hand let go a moment ago; waiting for the DAW's answer.</summary>
    Settling,
    /// <summary>The fader was held across a bank switch: not retargeted, and its movement is not sent to the new strip.</summary>
    HeldAcrossBank,
    /// <summary>A non-motor control is waiting to pick up the model value (soft takeover).</summary>
    PickupWait,
    /// <summary>The change is within the jitter deadband (ADC noise).</summary>
    Jitter,
    /// <summary>The reading is the motor's own travel, not a hand.</summary>
    MotorTravel,
}

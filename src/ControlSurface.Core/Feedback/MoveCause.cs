namespace ControlSurface.Core.Feedback;

/// <summary>Why a motor fader was sent a new target.</summary>
public enum MoveCause : byte
{
    /// <summary>No move (the entry records a suppressed move).</summary>
    None,
    /// <summary>A target (DAW, mixer, automation) or another surface changed the value.</summary>
    TargetUpdate,
    /// <summary>The bank changed, so the fader now shows a different strip.</summary>
    BankChange,
    /// <summary>Start-up or reconnect: everything the surface shows is sent again.</summary>
    Resync,
    /// <summary>A further step of a glide that a previous cause started (speed limit).</summary>
    Glide,
    /// <summary>The hand let go and the model value differs from where it left the fader.</summary>
    ReleaseSettle,
    /// <summary>The hand let go: the motor is told to stay where the hand left the knob, not to return to its last target.</summary>
    ReleaseHold,
}

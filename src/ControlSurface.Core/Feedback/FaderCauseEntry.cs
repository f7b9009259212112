namespace ControlSurface.Core.Feedback;

/// <summary>One recorded decision about a fader: a motor move with its cause, or a suppressed move with its reason.</summary>
/// <param name="At">Time since the feedback stage was created.</param>
/// <param name="Cause">Why the motor moved; <see cref="MoveCause.None"/> when the move was suppressed.</param>
/// <param name="Reason">Why the move was suppressed; <see cref="SuppressReason.None"/> for a motor move.</param>
/// <param name="Value">The target sent, or the value that was not acted on (model units, 0..1).</param>
public readonly record struct FaderCauseEntry(TimeSpan At, MoveCause Cause, SuppressReason Reason, double Value)
{
    /// <summary>True when this entry records a motor move.</summary>
    public bool IsMove => Reason == SuppressReason.None;

    /// <summary>A short word for reports: the cause of a move or the reason of a suppression, e.g. "bankChange" or "echo".</summary>
    public string Label => IsMove ? CauseLabel(Cause) : ReasonLabel(Reason);

    private static string CauseLabel(MoveCause cause) => cause switch
    {
        MoveCause.TargetUpdate => "targetUpdate",
        MoveCause.BankChange => "bankChange",
        MoveCause.Resync => "resync",
        MoveCause.Glide => "glide",
        MoveCause.ReleaseSettle => "releaseSettle",
        MoveCause.ReleaseHold => "releaseHold",
        _ => "none",
    };

    private static string ReasonLabel(SuppressReason reason) => reason switch
    {
        SuppressReason.Touched => "touched",
        SuppressReason.Echo => "echo",
        SuppressReason.Coalesced => "coalesced",
        SuppressReason.Settling => "settling",
        SuppressReason.HeldAcrossBank => "heldAcrossBank",
        SuppressReason.PickupWait => "pickupWait",
        SuppressReason.Jitter => "jitter",
        SuppressReason.MotorTravel => "motorTravel",
        _ => "none",
    };
}

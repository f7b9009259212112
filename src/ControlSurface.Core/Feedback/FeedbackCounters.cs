namespace ControlSurface.Core.Feedback;

/// <summary>A snapshot of what the feedback stage did for one surface since it was created.</summary>
/// <param name="MotorMoves">Motor targets sent (each glide step counts).</param>
/// <param name="EchoesSuppressed">Values recognised as the DAW's echo of this surface's own move and not driven.</param>
/// <param name="TouchHolds">Target updates held back because a hand held the fader (or held it across a bank switch).</param>
/// <param name="Coalesced">Values replaced by a newer one for the same control before they were sent (latest wins).</param>
/// <param name="PickupWaits">Hand moves on non-motor controls not applied because the control had not picked up the value.</param>
public readonly record struct FeedbackCounters(long MotorMoves, long EchoesSuppressed, long TouchHolds, long Coalesced, long PickupWaits);

namespace ControlSurface.Core.Feedback;

/// <summary>The mutable counters behind <see cref="FeedbackCounters"/>, shared by the parts of one stage.</summary>
internal sealed class CounterSet
{
    public long MotorMoves;
    public long EchoesSuppressed;
    public long TouchHolds;
    public long Coalesced;
    public long PickupWaits;

    public FeedbackCounters Snapshot() => new(MotorMoves, EchoesSuppressed, TouchHolds, Coalesced, PickupWaits);
}

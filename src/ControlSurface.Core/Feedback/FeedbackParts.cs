namespace ControlSurface.Core.Feedback;

/// <summary>What the parts of one <see cref="FeedbackStage"/> share: the sink, the clock, the link budget, counters and the cause log.</summary>
internal sealed record FeedbackParts(
    IFeedbackSink Sink,
    StageClock Clock,
    DeviceCalibration Calibration,
    LinkBudget Budget,
    CounterSet Counters,
    FaderCauseLog Log);

using ControlSurface.Core.Feedback;

namespace ControlSurface.Core.Engine;

/// <summary>How the engine's model starts out and how often it ticks.</summary>
public sealed record EngineOptions
{
    /// <summary>Number of mixer strips, not counting master (default 32).</summary>
    public int StripCount { get; init; } = 32;

    /// <summary>Sample rate of the timeline, in Hz.</summary>
    public int SampleRate { get; init; } = 48_000;

    /// <summary>Frame rate for timecode displays and reports.</summary>
    public Model.TimecodeRate TimecodeRate { get; init; } = Model.TimecodeRate.Fps30;

    /// <summary>How often the engine ticks (transport, meters, feedback timers).</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Initial strip names; missing ones are "Ch N".</summary>
    public IReadOnlyList<string> StripNames { get; init; } = [];

    /// <summary>Capacity of the input queue; beyond it inputs are counted as dropped (a stalled engine, not a normal load).</summary>
    public int QueueCapacity { get; init; } = 65_536;

    /// <summary>Motor-fader arbitration and feedback budgets for every surface (touch, echo, coalescing, glides).</summary>
    public FeedbackOptions Feedback { get; init; } = new();
}

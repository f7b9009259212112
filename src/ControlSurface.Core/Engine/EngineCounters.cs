namespace ControlSurface.Core.Engine;

/// <summary>What the engine has done, for the report and for field debugging.</summary>
/// <remarks>Written only by the engine thread; every figure follows from the inputs, so a replay reproduces it.</remarks>
public sealed class EngineCounters
{
    /// <summary>Inputs processed, of every kind.</summary>
    public long Inputs { get; internal set; }

    /// <summary>Control events from surfaces.</summary>
    public long ControlEvents { get; internal set; }

    /// <summary>Updates from targets.</summary>
    public long TargetUpdates { get; internal set; }

    /// <summary>Timer ticks.</summary>
    public long Ticks { get; internal set; }

    /// <summary>Changes made to the model.</summary>
    public long ModelChanges { get; internal set; }

    /// <summary>Feedback commands handed to surfaces.</summary>
    public long FeedbackCommands { get; internal set; }

    /// <summary>Control events for a control with no binding.</summary>
    public long UnmappedControls { get; internal set; }

    /// <summary>Inputs naming a strip, surface or value outside the model (ignored).</summary>
    public long RejectedInputs { get; internal set; }

    /// <summary>Bank moves that changed a surface's window.</summary>
    public long BankChanges { get; internal set; }
}

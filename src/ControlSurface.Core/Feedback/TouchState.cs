namespace ControlSurface.Core.Feedback;

/// <summary>One fader's touch as <see cref="TouchTracker"/> sees it: the raw sensor, its debounced state and the movement fallback.</summary>
/// <remarks>A mutable struct inside <see cref="FaderState"/>, so tracking a touch allocates nothing. Times are <see cref="StageClock"/> ticks.</remarks>
internal struct TouchState
{
    /// <summary>The sensor reports a finger (not yet debounced).</summary>
    public bool SensorDown;

    /// <summary>The sensor has reported a finger for the debounce time.</summary>
    public bool SensorTouched;

    /// <summary>The fader moved beyond the deadband and has not been still since.</summary>
    public bool MovementTouched;

    /// <summary>When the sensor went down.</summary>
    public long SensorSince;

    /// <summary>When the hand last moved the fader.</summary>
    public long LastMoveAt;

    /// <summary>A hand holds the fader (debounced sensor or movement).</summary>
    public readonly bool Touched => SensorTouched || MovementTouched;

    /// <summary>A hand is or may be on the knob, including a sensor touch still being debounced.</summary>
    public readonly bool MaybeHeld => SensorTouched || MovementTouched || SensorDown;
}

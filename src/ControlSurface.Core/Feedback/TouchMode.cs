namespace ControlSurface.Core.Feedback;

/// <summary>How the feedback stage decides that a hand holds a fader.</summary>
public enum TouchMode : byte
{
    /// <summary>The touch sensor (debounced), plus movement beyond the deadband when the sensor says nothing.</summary>
    SensorWithMovementFallback,
    /// <summary>Movement only: for faders without a touch sensor or with a noisy one; touch events are ignored.</summary>
    MovementOnly,
}

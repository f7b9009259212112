namespace ControlSurface.Core.Feedback;

/// <summary>How a non-motor fader shows which way to move to pick up the value.</summary>
public enum PickupHintStyle : byte
{
    /// <summary>No hint.</summary>
    None,
    /// <summary>Two LEDs per fader: up at <c>PickupHintLedBase + 2 × fader</c>, down at the next index.</summary>
    Leds,
    /// <summary>An arrow on the strip's display line <c>PickupHintTextLine</c>.</summary>
    Text,
}

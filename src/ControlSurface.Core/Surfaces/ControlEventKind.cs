namespace ControlSurface.Core.Surfaces;

/// <summary>What a physical control did.</summary>
public enum ControlEventKind : byte
{
    /// <summary>A fader moved; <see cref="ControlEvent.Value"/> is its position, 0..1.</summary>
    FaderMoved,
    /// <summary>A hand touched a fader knob (touch sensor or movement fallback).</summary>
    FaderTouched,
    /// <summary>The hand let go of a fader knob.</summary>
    FaderReleased,
    /// <summary>A pad was struck; <see cref="ControlEvent.Value"/> is velocity, 0..1.</summary>
    PadHit,
    /// <summary>Pressure on a held pad changed; value 0..1 (0 means the pad was let go).</summary>
    PadPressure,
    /// <summary>A button went down.</summary>
    ButtonDown,
    /// <summary>A button came up.</summary>
    ButtonUp,
    /// <summary>An encoder turned; <see cref="ControlEvent.Value"/> is signed steps.</summary>
    EncoderTurned,
}

namespace ControlSurface.Midi.Profiles;

/// <summary>What kind of physical control a profile entry describes.</summary>
public enum ProfileControlKind : byte
{
    /// <summary>A fader: absolute position, reported as <c>FaderMoved</c> 0..1.</summary>
    Fader,
    /// <summary>A knob: absolute pot or endless encoder, reported as <c>EncoderTurned</c> steps.</summary>
    Knob,
    /// <summary>A velocity-sensitive pad, reported as <c>PadHit</c> and <c>PadPressure</c>.</summary>
    Pad,
    /// <summary>A button, reported as <c>ButtonDown</c> and <c>ButtonUp</c>.</summary>
    Button,
}

namespace ControlSurface.Midi.Profiles;

/// <summary>One physical control of a profile, with everything needed to decode it and drive its feedback.</summary>
/// <param name="Kind">Fader, knob, pad or button.</param>
/// <param name="Number">Zero-based number within its kind (as in <c>ControlEvent.Control</c>); for LEDs, the LED number too.</param>
/// <param name="Name">A label for people ("Play", "Pad 5"); may be empty.</param>
/// <param name="Source">What it sends.</param>
/// <param name="Encoding">Knobs: absolute or a relative encoding.</param>
/// <param name="Mode">Buttons: momentary or toggle.</param>
/// <param name="Aftertouch">Pads: pressure after the strike.</param>
/// <param name="Led">LED feedback, if the device lets the host light it.</param>
/// <param name="Motor">Faders: true when a motor follows the same message sent back.</param>
/// <param name="Touch">Faders: a note that reports touch (on) and release (off), if the fader senses touch.</param>
/// <param name="Ring">Knobs: a message that sets the LED ring 0..127, if any.</param>
public sealed record ProfileControl(
    ProfileControlKind Kind,
    int Number,
    string Name,
    MessageSource Source,
    KnobEncoding Encoding = KnobEncoding.Absolute,
    ButtonMode Mode = ButtonMode.Momentary,
    AftertouchKind Aftertouch = AftertouchKind.None,
    LedSpec? Led = null,
    bool Motor = false,
    MessageSource? Touch = null,
    MessageSource? Ring = null);

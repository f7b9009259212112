using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Profiles;

/// <summary>How to light a control's LED: which message, and the values for off, on and blinking.</summary>
/// <param name="Target">Note or CC (and channel) that sets the LED.</param>
/// <param name="Off">Value for off.</param>
/// <param name="On">Value for on (single-colour LEDs, or RGB pads when no palette colour is given).</param>
/// <param name="Blink">Value for blinking; null to show blinking as on (or on <paramref name="BlinkChannel"/>).</param>
/// <param name="BlinkChannel">Channel that makes the device flash the LED (Launchpad: channel 2); null if none.</param>
/// <param name="UsePalette">True for RGB pads: the value is the palette index nearest the command's colour.</param>
public sealed record LedSpec(MessageSource Target, int Off, int On, int? Blink, Channel? BlinkChannel, bool UsePalette);

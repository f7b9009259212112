namespace ControlSurface.Midi.Profiles;

/// <summary>One entry of an RGB pad palette: the colour and the velocity (index) that shows it.</summary>
/// <param name="Rgb">0xRRGGBB.</param>
/// <param name="Index">The value to send, 0..127.</param>
public readonly record struct PaletteColor(int Rgb, int Index);

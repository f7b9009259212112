namespace ControlSurface.Pi;

/// <summary>What an MPR121 electrode is on the surface.</summary>
/// <param name="Fader">The fader whose knob it is, or -1.</param>
/// <param name="Pad">The pad it is, or -1.</param>
internal readonly record struct TouchRole(int Fader, int Pad);

namespace ControlSurface.Host.Demo;

/// <summary>A copy of one strip for the live view and the demo's scripts, taken on the engine thread.</summary>
internal readonly record struct StripView(int Index, string Name, double Fader, double? GainDb, bool Mute, bool Solo, bool RecArm, bool Audible, double Meter, double Pan);

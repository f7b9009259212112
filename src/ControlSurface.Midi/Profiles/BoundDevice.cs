namespace ControlSurface.Midi.Profiles;

/// <summary>A port matched to a profile, with its identity among alike units.</summary>
/// <param name="Identity">"Korg nanoKONTROL2 #1": profile name and occurrence, stable for the same sockets.</param>
/// <param name="Occurrence">1-based occurrence among ports bound to the same profile, in stable-key order.</param>
/// <param name="Port">The port.</param>
/// <param name="Profile">The profile it matched.</param>
public sealed record BoundDevice(string Identity, int Occurrence, DevicePort Port, ControllerProfile Profile);

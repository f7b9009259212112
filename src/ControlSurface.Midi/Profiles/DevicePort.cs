namespace ControlSurface.Midi.Profiles;

/// <summary>A MIDI port that exists now, with a key that stays the same for the same socket.</summary>
/// <param name="PortName">The port's name (JACK port, ALSA rawmidi path or serial device).</param>
/// <param name="StableKey">Where the device sits, e.g. its USB path; the port name when nothing better is known.</param>
public sealed record DevicePort(string PortName, string StableKey);

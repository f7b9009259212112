namespace ControlSurface.Midi.Ports;

/// <summary>One port that exists right now, as <c>controlsurface ports</c> lists it.</summary>
/// <param name="Kind">"serial", "rawmidi" or "jack".</param>
/// <param name="Name">What to put in a config: a device path or a full JACK port name.</param>
/// <param name="Direction">"in", "out" or "duplex" (JACK "out" ports send MIDI to us).</param>
/// <param name="Description">Driver, card or client name, when known.</param>
public sealed record MidiPortInfo(string Kind, string Name, string Direction, string Description);

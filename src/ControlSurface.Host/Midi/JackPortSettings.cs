namespace ControlSurface.Host.Midi;

/// <summary>A JACK MIDI port pair for a device: what feeds our input, what our output feeds, and on which server.</summary>
/// <param name="From">Full name of the device's output port (feeds our "NAME in"), e.g. "a2j:X-Touch [20] (capture): X-Touch MIDI 1"; empty to connect by hand.</param>
/// <param name="To">Full name of the device's input port (our "NAME out" feeds it); empty to connect by hand.</param>
/// <param name="Client">Our JACK client name.</param>
/// <param name="Server">JACK server name; null for JACK_DEFAULT_SERVER or "default".</param>
internal sealed record JackPortSettings(string From, string To, string Client, string? Server);

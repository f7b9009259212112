namespace ControlSurface.Host.Mackie;

/// <summary>Settings of a `kind: mackie-control` target: on JACK ports, or on one device file (<see cref="Port"/>).</summary>
/// <param name="Server">JACK server name; null: JACK_DEFAULT_SERVER, else "default".</param>
/// <param name="Client">JACK client name our ports appear under.</param>
/// <param name="Units">The main unit, then up to seven extenders (XT), 8 strips each.</param>
/// <param name="Locate">The DAW's OSC surface for absolute locates (Mackie Control has none), or null.</param>
/// <param name="Port">A device file instead of JACK (an ALSA rawmidi node such as a USB MIDI gadget's, or a serial port): one main unit; null on JACK.</param>
/// <param name="Baud">Serial speed when <see cref="Port"/> is a serial port (ignored by ptys and rawmidi).</param>
internal sealed record MackieControlSettings(string? Server, string Client, IReadOnlyList<MackieUnitSettings> Units, System.Net.IPEndPoint? Locate = null, string? Port = null, int Baud = 31250);

using ControlSurface.Midi.MackieHost;

namespace ControlSurface.Host.Midi;

/// <summary>The checked settings of one `kind: mackie-surface` entry.</summary>
/// <param name="Device">The kind of unit (model byte, colour strips, name width).</param>
/// <param name="Port">Rawmidi or serial device path; empty when on JACK.</param>
/// <param name="Baud">Serial MIDI speed.</param>
/// <param name="Jack">JACK ports, when not on a device path.</param>
internal sealed record MackieSurfaceSettings(MackieSurfaceOptions Device, string Port, int Baud, JackPortSettings? Jack);

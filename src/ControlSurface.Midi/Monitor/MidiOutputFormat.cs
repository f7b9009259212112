namespace ControlSurface.Midi.Monitor;

/// <summary>How <see cref="MidiStreamDecoder"/> prints what it decodes.</summary>
public enum MidiOutputFormat : byte
{
    /// <summary>Readable MIDI-monitor lines (<see cref="MidiMonitorLineFormatter"/>).</summary>
    Monitor,

    /// <summary>One JSON object per line (<see cref="MidiJsonLineFormatter"/>).</summary>
    JsonLines,
}

namespace ControlSurface.Midi.Codec;

/// <summary>What a short MIDI 1.0 message is (everything but SysEx, which the parser delivers separately).</summary>
public enum MidiMessageKind : byte
{
    /// <summary>8n: note released (note, release velocity).</summary>
    NoteOff,

    /// <summary>9n: note struck (note, velocity). Velocity 0 is left as a note-on; callers decide whether it means off.</summary>
    NoteOn,

    /// <summary>An: polyphonic key pressure (note, pressure).</summary>
    PolyPressure,

    /// <summary>Bn: control change (controller, value). Includes channel mode messages (controllers 120..127).</summary>
    ControlChange,

    /// <summary>Cn: program change (program).</summary>
    ProgramChange,

    /// <summary>Dn: channel pressure, also called aftertouch (pressure).</summary>
    ChannelPressure,

    /// <summary>En: pitch bend, 14-bit, centre 8192.</summary>
    PitchBend,

    /// <summary>F1: MIDI time code quarter frame (one data byte: piece type and value).</summary>
    MtcQuarterFrame,

    /// <summary>F2: song position pointer, 14-bit count of MIDI beats (sixteenth notes).</summary>
    SongPosition,

    /// <summary>F3: song select.</summary>
    SongSelect,

    /// <summary>F6: tune request (no data).</summary>
    TuneRequest,

    /// <summary>F8: timing clock, 24 per quarter note.</summary>
    Clock,

    /// <summary>FA: start.</summary>
    Start,

    /// <summary>FB: continue.</summary>
    Continue,

    /// <summary>FC: stop.</summary>
    Stop,

    /// <summary>FE: active sensing.</summary>
    ActiveSensing,

    /// <summary>FF: system reset.</summary>
    Reset,
}

using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Monitor;

/// <summary>The names the decode output uses for message kinds and error reasons.</summary>
public static class MidiNames
{
    /// <summary>The JSON <c>type</c> of a message kind, e.g. "note-on", "cc", "pitch-bend".</summary>
    public static string TypeName(MidiMessageKind kind) => kind switch
    {
        MidiMessageKind.NoteOff => "note-off",
        MidiMessageKind.NoteOn => "note-on",
        MidiMessageKind.PolyPressure => "poly-pressure",
        MidiMessageKind.ControlChange => "cc",
        MidiMessageKind.ProgramChange => "program",
        MidiMessageKind.ChannelPressure => "channel-pressure",
        MidiMessageKind.PitchBend => "pitch-bend",
        MidiMessageKind.MtcQuarterFrame => "mtc-quarter-frame",
        MidiMessageKind.SongPosition => "song-position",
        MidiMessageKind.SongSelect => "song-select",
        MidiMessageKind.TuneRequest => "tune-request",
        MidiMessageKind.Clock => "clock",
        MidiMessageKind.Start => "start",
        MidiMessageKind.Continue => "continue",
        MidiMessageKind.Stop => "stop",
        MidiMessageKind.ActiveSensing => "active-sensing",
        MidiMessageKind.Reset => "reset",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The JSON <c>reason</c> of an error, e.g. "stray-data".</summary>
    public static string ReasonName(MidiErrorKind kind) => kind switch
    {
        MidiErrorKind.StrayData => "stray-data",
        MidiErrorKind.Truncated => "truncated",
        MidiErrorKind.SysExOverflow => "sysex-overflow",
        MidiErrorKind.UndefinedStatus => "undefined-status",
        MidiErrorKind.StrayEox => "stray-eox",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Note name with octave, middle C (60) = "C4"; 0 = "C-1", 127 = "G9".</summary>
    public static string NoteName(SevenBit note) => NoteNames[note.Value];

    private static readonly string[] NoteNames = BuildNoteNames();

    private static string[] BuildNoteNames()
    {
        string[] pitch = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
        var names = new string[128];
        for (var n = 0; n < names.Length; n++)
            names[n] = pitch[n % 12] + (n / 12 - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return names;
    }
}

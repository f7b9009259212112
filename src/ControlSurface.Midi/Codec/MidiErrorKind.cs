namespace ControlSurface.Midi.Codec;

/// <summary>What was wrong with the bytes at a reported offset.</summary>
public enum MidiErrorKind : byte
{
    /// <summary>Data bytes with no status to apply to. Reported once per run, at the run's first byte.</summary>
    StrayData,

    /// <summary>A message cut short by a new status byte (or by the end of input). Reported at the message's first byte.</summary>
    Truncated,

    /// <summary>A SysEx longer than <see cref="MidiParserOptions.MaxSysExLength"/>. Reported at the first byte past the limit.</summary>
    SysExOverflow,

    /// <summary>An undefined status byte (F4, F5, F9, FD), skipped. Reported at that byte.</summary>
    UndefinedStatus,

    /// <summary>An end-of-exclusive (F7) with no SysEx open. Reported at that byte.</summary>
    StrayEox,
}

namespace ControlSurface.Midi.Codec;

/// <summary>What the parser does with a SysEx that exceeds <see cref="MidiParserOptions.MaxSysExLength"/>.</summary>
/// <remarks>Either way a <see cref="MidiErrorKind.SysExOverflow"/> is reported and the rest of the SysEx, up to and including its F7, is skipped.</remarks>
public enum SysExOverflowPolicy : byte
{
    /// <summary>Drop the whole message.</summary>
    Discard,

    /// <summary>Deliver the first <see cref="MidiParserOptions.MaxSysExLength"/> bytes as an incomplete SysEx, before the error.</summary>
    DeliverPartial,
}

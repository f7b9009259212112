using System.Buffers;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Monitor;

/// <summary>Writes one readable line per decoded message, SysEx or error, like a MIDI monitor.</summary>
/// <remarks>
/// Columns: byte offset, channel (1..16), type (the same names as the JSON output), details. For example
/// <c>"       0  ch 1   note-on           note 60 (C4)  velocity 100"</c>. Middle C (60) is C4. SysEx bodies longer
/// than <see cref="MaxSysExBytesShown"/> are cut with the count of bytes left out. Allocation-free.
/// </remarks>
public static class MidiMonitorLineFormatter
{
    /// <summary>How many SysEx body bytes a line shows.</summary>
    public const int MaxSysExBytesShown = 32;

    /// <summary>Appends the line for a short message, newline included.</summary>
    public static void Write(IBufferWriter<char> output, in MidiMessage message)
    {
        ArgumentNullException.ThrowIfNull(output);
        Start(output, message.Offset, message.IsChannelMessage ? message.Channel.Number : 0, MidiNames.TypeName(message.Kind), message.Length > 1);
        switch (message.Kind)
        {
            case MidiMessageKind.NoteOff or MidiMessageKind.NoteOn or MidiMessageKind.PolyPressure:
                output.Append("note ");
                output.Append(message.Note.Value);
                output.Append(" (");
                output.Append(MidiNames.NoteName(message.Note));
                output.Append(message.Kind == MidiMessageKind.PolyPressure ? ")  pressure " : ")  velocity ");
                output.Append(message.Data2);
                break;
            case MidiMessageKind.ControlChange:
                output.Append("controller ");
                output.Append(message.Controller.Value);
                output.Append("  value ");
                output.Append(message.Value.Value);
                break;
            case MidiMessageKind.ProgramChange:
                output.Append("program ");
                output.Append(message.Program.Value);
                break;
            case MidiMessageKind.ChannelPressure:
                output.Append("pressure ");
                output.Append(message.Value.Value);
                break;
            case MidiMessageKind.PitchBend:
                output.Append("value ");
                output.Append(message.Value14.Value);
                output.Append(" (");
                var fromCentre = message.Value14.Value - FourteenBit.Centre.Value;
                if (fromCentre >= 0)
                    output.Append('+');
                output.Append(fromCentre);
                output.Append(')');
                break;
            case MidiMessageKind.MtcQuarterFrame:
                output.Append("piece ");
                output.Append(message.Data1 >> 4);
                output.Append("  nibble ");
                output.Append(message.Data1 & 0x0F);
                break;
            case MidiMessageKind.SongPosition:
                output.Append("beat ");
                output.Append(message.Value14.Value);
                break;
            case MidiMessageKind.SongSelect:
                output.Append("song ");
                output.Append(message.Value.Value);
                break;
        }
        output.Append('\n');
    }

    /// <summary>Appends the line for a SysEx, newline included.</summary>
    public static void Write(IBufferWriter<char> output, in SysExMessage sysEx)
    {
        ArgumentNullException.ThrowIfNull(output);
        Start(output, sysEx.Offset, 0, "sysex", true);
        output.Append(sysEx.Data.Length);
        output.Append(sysEx.IsComplete ? " bytes: " : " bytes, INCOMPLETE: ");
        var shown = Math.Min(sysEx.Data.Length, MaxSysExBytesShown);
        output.AppendHex(sysEx.Data[..shown], spaced: true);
        if (shown < sysEx.Data.Length)
        {
            output.Append(" ... (");
            output.Append(sysEx.Data.Length - shown);
            output.Append(" more)");
        }
        output.Append('\n');
    }

    /// <summary>Appends the line for an error, newline included.</summary>
    public static void Write(IBufferWriter<char> output, in MidiError error)
    {
        ArgumentNullException.ThrowIfNull(output);
        Start(output, error.Offset, 0, "ERROR", true);
        output.Append(error.Kind switch
        {
            MidiErrorKind.StrayData => "stray data bytes (no status to apply to)",
            MidiErrorKind.Truncated => "message cut short by a status byte",
            MidiErrorKind.SysExOverflow => "SysEx longer than the limit, skipped to its end",
            MidiErrorKind.UndefinedStatus => "undefined status byte, skipped",
            _ => "F7 (end of SysEx) with no SysEx open",
        });
        output.Append('\n');
    }

    private static void Start(IBufferWriter<char> output, long offset, int channelNumber, string type, bool details)
    {
        output.AppendPadded(offset, 8);
        output.Append("  ");
        if (channelNumber == 0)
        {
            output.Append("      ");
        }
        else
        {
            output.Append("ch ");
            output.AppendPadded(channelNumber, 2);
            output.Append(' ');
        }
        output.Append(' ');
        if (details)
            output.AppendPadded(type, 18);
        else
            output.Append(type);
    }
}

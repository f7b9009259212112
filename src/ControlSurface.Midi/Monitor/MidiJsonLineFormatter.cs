using System.Buffers;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Monitor;

/// <summary>Writes one JSON object per line for each decoded message, SysEx or error (the `decode --midi --json` format).</summary>
/// <remarks>
/// <para>Examples: <c>{"type":"note-on","channel":1,"note":60,"velocity":100}</c>,
/// <c>{"type":"sysex","data":"002066","complete":true}</c>,
/// <c>{"type":"error","reason":"stray-data","offset":12}</c>.</para>
/// <para>Channels are 1..16. Pitch bend and song position are 0..16383. SysEx <c>data</c> is the upper-case hex of the
/// bytes between F0 and F7. Velocity 0 stays a note-on. Written by hand (all values are integers, booleans or fixed
/// ASCII names), so there is no reflection and nothing to trim; allocation-free.</para>
/// </remarks>
public static class MidiJsonLineFormatter
{
    /// <summary>Appends the line for a short message, newline included.</summary>
    public static void Write(IBufferWriter<char> output, in MidiMessage message)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Append("{\"type\":\"");
        output.Append(MidiNames.TypeName(message.Kind));
        output.Append('"');
        if (message.IsChannelMessage)
            Field(output, "channel", message.Channel.Number);
        switch (message.Kind)
        {
            case MidiMessageKind.NoteOff or MidiMessageKind.NoteOn:
                Field(output, "note", message.Note);
                Field(output, "velocity", message.Velocity);
                break;
            case MidiMessageKind.PolyPressure:
                Field(output, "note", message.Note);
                Field(output, "value", message.Value);
                break;
            case MidiMessageKind.ControlChange:
                Field(output, "controller", message.Controller);
                Field(output, "value", message.Value);
                break;
            case MidiMessageKind.ProgramChange:
                Field(output, "program", message.Program);
                break;
            case MidiMessageKind.ChannelPressure or MidiMessageKind.MtcQuarterFrame or MidiMessageKind.SongSelect:
                Field(output, "value", message.Value);
                break;
            case MidiMessageKind.PitchBend or MidiMessageKind.SongPosition:
                Field(output, "value", message.Value14);
                break;
        }
        output.Append("}\n");
    }

    /// <summary>Appends the line for a SysEx, newline included.</summary>
    public static void Write(IBufferWriter<char> output, in SysExMessage sysEx)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Append("{\"type\":\"sysex\",\"data\":\"");
        output.AppendHex(sysEx.Data, spaced: false);
        output.Append(sysEx.IsComplete ? "\",\"complete\":true}\n" : "\",\"complete\":false}\n");
    }

    /// <summary>Appends the line for an error, newline included.</summary>
    public static void Write(IBufferWriter<char> output, in MidiError error)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Append("{\"type\":\"error\",\"reason\":\"");
        output.Append(MidiNames.ReasonName(error.Kind));
        output.Append("\",\"offset\":");
        output.Append(error.Offset);
        output.Append("}\n");
    }

    private static void Field(IBufferWriter<char> output, string name, int value)
    {
        output.Append(",\"");
        output.Append(name);
        output.Append("\":");
        output.Append(value);
    }
}

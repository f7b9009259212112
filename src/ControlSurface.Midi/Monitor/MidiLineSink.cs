using System.Buffers;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Monitor;

/// <summary>A parser sink that formats every result as a line into a char buffer and counts what it saw.</summary>
internal struct MidiLineSink(ArrayBufferWriter<char> buffer, MidiOutputFormat format) : IMidiSink
{
    public readonly ArrayBufferWriter<char> Buffer = buffer;
    public long Messages;
    public long SysEx;
    public long Errors;

    public void OnMessage(in MidiMessage message)
    {
        Messages++;
        if (format == MidiOutputFormat.JsonLines)
            MidiJsonLineFormatter.Write(Buffer, message);
        else
            MidiMonitorLineFormatter.Write(Buffer, message);
    }

    public void OnSysEx(in SysExMessage sysEx)
    {
        SysEx++;
        if (format == MidiOutputFormat.JsonLines)
            MidiJsonLineFormatter.Write(Buffer, sysEx);
        else
            MidiMonitorLineFormatter.Write(Buffer, sysEx);
    }

    public void OnError(in MidiError error)
    {
        Errors++;
        if (format == MidiOutputFormat.JsonLines)
            MidiJsonLineFormatter.Write(Buffer, error);
        else
            MidiMonitorLineFormatter.Write(Buffer, error);
    }
}

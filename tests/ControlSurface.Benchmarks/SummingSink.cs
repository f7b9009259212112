using ControlSurface.Midi.Codec;

namespace ControlSurface.Benchmarks;

/// <summary>The parser benchmarks' consumer: reads the same decoded fields as <see cref="NAudioFramer"/> does from
/// NAudio's events (pitch-bend value, controller and value, note and velocity), so neither side can skip work.</summary>
internal struct SummingSink : IMidiSink
{
    public long Sum;
    public int Count;

    public void OnMessage(in MidiMessage message)
    {
        Count++;
        Sum += message.Kind switch
        {
            MidiMessageKind.PitchBend => message.Value14.Value,
            MidiMessageKind.ControlChange => message.Controller.Value + message.Value.Value,
            MidiMessageKind.NoteOn or MidiMessageKind.NoteOff => message.Note.Value + message.Velocity.Value,
            _ => 1,
        };
    }

    public void OnSysEx(in SysExMessage sysEx)
    {
        Count++;
        Sum += sysEx.Data.Length;
    }

    public void OnError(in MidiError error) => Sum -= 1_000_000;
}

using ControlSurface.Midi.Codec;

namespace ControlSurface.Benchmarks;

/// <summary>A consumer that only counts: what the parser itself costs, without the work of reading the fields.</summary>
internal struct CountingSink : IMidiSink
{
    public int Count;

    public void OnMessage(in MidiMessage message) => Count++;

    public void OnSysEx(in SysExMessage sysEx) => Count++;

    public void OnError(in MidiError error) => Count--;
}

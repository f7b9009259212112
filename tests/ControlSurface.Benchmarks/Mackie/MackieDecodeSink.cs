using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Mackie;

namespace ControlSurface.Benchmarks.Mackie;

/// <summary>Decodes every parsed message as Mackie Control and sums its fields (and the LCD characters), so nothing is skipped.</summary>
internal struct MackieDecodeSink : IMidiSink
{
    public long Sum;

    public void OnMessage(in MidiMessage message)
    {
        var m = MackieDecoder.Decode(message);
        Sum += (int)m.Kind + m.Index + m.Value;
    }

    public void OnSysEx(in SysExMessage sysEx)
    {
        var m = MackieDecoder.DecodeSysEx(sysEx.Data);
        var text = MackieDecoder.LcdText(sysEx.Data);
        Sum += m.Index + text.Length + (text.IsEmpty ? 0 : text[0]);
    }

    public void OnError(in MidiError error) => Sum -= 1_000_000;
}

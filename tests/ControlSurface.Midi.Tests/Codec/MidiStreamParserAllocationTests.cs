using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

/// <summary>The parser allocates nothing per message once its SysEx buffer has grown.</summary>
public sealed class MidiStreamParserAllocationTests
{
    [Fact]
    public void Parse_MixedStreamWithStructSink_AllocatesNothing()
    {
        var random = new Random(3);
        var bytes = RandomMidi.Garbage(random, 100_000);
        var parser = new MidiStreamParser();
        var sink = new CountingSink();
        parser.Parse(bytes, ref sink); // warm up: JIT and SysEx buffer growth

        var before = GC.GetAllocatedBytesForCurrentThread();
        parser.Parse(bytes, ref sink);
        parser.Parse(bytes, ref sink);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(sink.Messages > 10_000 && sink.SysEx > 100 && sink.Errors > 100, $"{sink.Messages}/{sink.SysEx}/{sink.Errors}");
    }

    private struct CountingSink : IMidiSink
    {
        public int Messages;
        public int SysEx;
        public int Errors;

        public void OnMessage(in MidiMessage message) => Messages += message.Data1 >= 0 ? 1 : 0;

        public void OnSysEx(in SysExMessage sysEx) => SysEx += sysEx.Data.Length >= 0 ? 1 : 0;

        public void OnError(in MidiError error) => Errors++;
    }
}

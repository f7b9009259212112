using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

public sealed class RunningStatusEncoderTests
{
    [Fact]
    public void Write_RepeatedStatus_OmitsStatusByte()
    {
        var encoder = new RunningStatusEncoder();
        var buffer = new byte[16];

        var n = encoder.Write(MidiMessage.PitchBend(default, new FourteenBit(1)), buffer);
        n += encoder.Write(MidiMessage.PitchBend(default, new FourteenBit(2)), buffer.AsSpan(n));

        Assert.Equal([0xE0, 0x01, 0x00, 0x02, 0x00], buffer[..n]);
    }

    [Fact]
    public void Write_RealTimeBetween_KeepsRunningStatusButSystemCommonCancelsIt()
    {
        var encoder = new RunningStatusEncoder();
        var buffer = new byte[16];
        var cc = MidiMessage.ControlChange(default, new SevenBit(7), new SevenBit(1));

        var n = encoder.Write(cc, buffer);
        n += encoder.Write(MidiMessage.System(MidiMessageKind.Clock), buffer.AsSpan(n));
        n += encoder.Write(cc, buffer.AsSpan(n));
        n += encoder.Write(MidiMessage.System(MidiMessageKind.TuneRequest), buffer.AsSpan(n));
        n += encoder.Write(cc, buffer.AsSpan(n));

        Assert.Equal([0xB0, 0x07, 0x01, 0xF8, 0x07, 0x01, 0xF6, 0xB0, 0x07, 0x01], buffer[..n]);
    }

    [Fact]
    public void Write_RandomMessagesThenParse_RoundTrips()
    {
        var random = new Random(5);
        var encoder = new RunningStatusEncoder();
        var buffer = new byte[30_000];
        var expected = new List<string>();
        var n = 0;
        for (var i = 0; i < 8000; i++)
        {
            var m = random.Next(4) == 0 ? RandomMidi.AnyMessage(random) : RandomMidi.ChannelMessage(random);
            if (random.Next(50) == 0)
                encoder.Invalidate();
            n += encoder.Write(m, buffer.AsSpan(n));
            expected.Add(m.ToString());
        }
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();

        parser.Parse(buffer.AsSpan(0, n), ref sink);
        parser.Complete(ref sink);

        Assert.Equal(expected, sink.Messages.Select(m => m.ToString()));
        Assert.Equal(expected.Count, sink.Lines.Count);
    }
}

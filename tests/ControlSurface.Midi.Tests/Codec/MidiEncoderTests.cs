using System.Buffers;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

public sealed class MidiEncoderTests
{
    [Fact]
    public void Write_PitchBend_PutsLsbFirst()
    {
        Span<byte> buffer = stackalloc byte[3];

        var written = MidiEncoder.Write(MidiMessage.PitchBend(new Channel(2), new FourteenBit(0x2001)), buffer);

        Assert.Equal(3, written);
        Assert.Equal([0xE2, 0x01, 0x40], buffer.ToArray());
    }

    [Fact]
    public void Write_DestinationTooSmall_WritesNothing()
    {
        var buffer = new byte[2];

        var written = MidiEncoder.Write(MidiMessage.NoteOn(default, new SevenBit(60), new SevenBit(1)), buffer);

        Assert.Equal(0, written);
        Assert.Equal([0, 0], buffer);
    }

    [Fact]
    public void WriteSysEx_WrapsBodyInF0AndF7()
    {
        var writer = new ArrayBufferWriter<byte>();

        MidiEncoder.WriteSysEx(writer, [0x00, 0x20, 0x66]);

        Assert.Equal([0xF0, 0x00, 0x20, 0x66, 0xF7], writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void WriteSysEx_BodyByteWithTopBit_Throws() =>
        Assert.Throws<ArgumentException>(() => MidiEncoder.WriteSysEx([0x01, 0x90], new byte[8]));

    [Fact]
    public void Write_RandomMessagesThenParse_RoundTrips()
    {
        var random = new Random(11);
        var writer = new ArrayBufferWriter<byte>();
        var expected = new List<MidiMessage>();
        var sysExBodies = new List<string>();
        for (var i = 0; i < 5000; i++)
        {
            if (random.Next(20) == 0)
            {
                var body = new byte[random.Next(0, 40)];
                for (var k = 0; k < body.Length; k++)
                    body[k] = (byte)random.Next(128);
                MidiEncoder.WriteSysEx(writer, body);
                sysExBodies.Add($"sysex [{Convert.ToHexString(body)}] complete");
                continue;
            }
            var m = RandomMidi.AnyMessage(random);
            MidiEncoder.Write(writer, m);
            expected.Add(m);
        }
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();

        parser.Parse(writer.WrittenSpan, ref sink);
        parser.Complete(ref sink);

        Assert.Equal(expected.Select(Wire), sink.Messages.Select(Wire));
        Assert.Equal(sysExBodies, sink.Lines.Where(l => l.StartsWith("sysex", StringComparison.Ordinal)).Select(l => l[..l.LastIndexOf(" @", StringComparison.Ordinal)]));
        Assert.Equal(expected.Count + sysExBodies.Count, sink.Lines.Count);
    }

    private static string Wire(MidiMessage m) => m.ToString();
}

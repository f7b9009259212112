using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

/// <summary>The parser's output must not depend on how the stream is cut into chunks.</summary>
public sealed class MidiStreamParserChunkingTests
{
    public static TheoryData<string> Streams => new()
    {
        "90 3C 64 3E 00 40 7F",
        "90 F8 3C F8 64 3E F8 00",
        "F0 00 20 F8 66 14 12 F7 B0 07 7F 08",
        "F0 01 02 90 3C 64 F0 01 F0 02 F7 F7",
        "3C 64 F8 3E 90 3C 80 3C 00 F4 01 02 F9 C0 05 06 F2 01",
        "F0 01 02 03 04 05 06 07 08 09 F7 E0 00 40 00 F1 10 F3",
        "F3 01 05 06 F6 3E D0 01 02 FD 03",
    };

    [Theory]
    [MemberData(nameof(Streams))]
    public void Parse_EverySplitPoint_GivesTheSameOutputAsOneChunk(string hex)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

        AssertSplitInvariant(bytes, new MidiParserOptions { MaxSysExLength = 6 });
    }

    [Fact]
    public void Parse_RandomStreamsSplitAtEveryByte_GiveTheSameOutputAsOneChunk()
    {
        var random = new Random(20261125);
        for (var run = 0; run < 300; run++)
        {
            var bytes = RandomMidi.Garbage(random, random.Next(1, 60));
            var options = new MidiParserOptions
            {
                MaxSysExLength = random.Next(1, 8),
                SysExOverflow = random.Next(2) == 0 ? SysExOverflowPolicy.Discard : SysExOverflowPolicy.DeliverPartial,
            };

            AssertSplitInvariant(bytes, options);
        }
    }

    [Fact]
    public void Parse_OneByteAtATime_GivesTheSameOutputAsOneChunk()
    {
        var random = new Random(7);
        var bytes = RandomMidi.Garbage(random, 5000);
        var whole = RecordingSink.ParseAll(bytes);
        var parser = new MidiStreamParser();
        var sink = new RecordingSink();

        foreach (var b in bytes)
            parser.Parse([b], ref sink);
        parser.Complete(ref sink);

        Assert.Equal(whole, sink.Lines);
    }

    [Fact]
    public void Parse_SurfaceTrafficInOneChunk_GivesTheSameOutputAsOneByteAtATime()
    {
        // One-byte chunks never reach the whole-message fast path (runs, strides, the status table); one big chunk
        // takes it almost everywhere, so any difference is a fast-path bug.
        var random = new Random(1042);
        for (var run = 0; run < 500; run++)
        {
            var bytes = RandomMidi.Structured(random, random.Next(1, 40));
            var parser = new MidiStreamParser();
            var sink = new RecordingSink();

            foreach (var b in bytes)
                parser.Parse([b], ref sink);
            parser.Complete(ref sink);

            var whole = RecordingSink.ParseAll(bytes);
            Assert.True(whole.SequenceEqual(sink.Lines),
                $"{Convert.ToHexString(bytes)}:\n  whole: {string.Join(", ", whole)}\n  bytes: {string.Join(", ", sink.Lines)}");
        }
    }

    private static void AssertSplitInvariant(byte[] bytes, MidiParserOptions options)
    {
        var whole = RecordingSink.ParseAll(bytes, options);
        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            var parser = new MidiStreamParser(options);
            var sink = new RecordingSink();

            parser.Parse(bytes.AsSpan(0, cut), ref sink);
            parser.Parse(bytes.AsSpan(cut), ref sink);
            parser.Complete(ref sink);

            Assert.True(whole.SequenceEqual(sink.Lines),
                $"split at {cut} of {Convert.ToHexString(bytes)}:\n  whole: {string.Join(", ", whole)}\n  split: {string.Join(", ", sink.Lines)}");
        }
    }
}

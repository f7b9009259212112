using System.Buffers;
using ControlSurface.Firmware.Protocol;

namespace ControlSurface.Firmware.Tests.Protocol;

public sealed class FrameReaderTests
{
    /// <summary>Reads everything, returning one "status:offset:hex" line per outcome.</summary>
    private static List<string> ReadAll(FrameReader reader, ref ReadOnlySequence<byte> input)
    {
        var results = new List<string>();
        var frame = new byte[ProtocolLimits.MaxFrameLength];
        FrameStatus status;
        while ((status = reader.Read(ref input, frame, out var length)) != FrameStatus.NeedMoreData)
            results.Add($"{status}:{reader.FrameOffset}:{Convert.ToHexString(frame, 0, length)}");
        return results;
    }

    private static List<string> ReadWhole(byte[] wire)
    {
        var input = new ReadOnlySequence<byte>(wire);
        return ReadAll(new FrameReader(), ref input);
    }

    [Fact]
    public void Read_GoodFrame_GivesHeaderAndPayloadWithoutCrc()
    {
        var input = new ReadOnlySequence<byte>(GoldenVectors.Wire(GoldenVectors.Case("fader")));
        var frame = new byte[ProtocolLimits.MaxFrameLength];

        var status = new FrameReader().Read(ref input, frame, out var length);

        Assert.Equal(FrameStatus.Ok, status);
        Assert.Equal("100802FF0301", Convert.ToHexString(frame, 0, length));
        Assert.True(input.IsEmpty);
    }

    [Fact]
    public void Read_InputSplitAtEveryByte_GivesTheSameOutcomes()
    {
        var wire = GoldenVectors.AllCasesConcatenated();
        var whole = ReadWhole(wire);

        for (var split = 1; split < wire.Length; split++)
        {
            var reader = new FrameReader();
            var results = new List<string>();
            // The PipeReader contract: unconsumed bytes come back, with more appended.
            var first = new ReadOnlySequence<byte>(wire.AsMemory(0, split));
            results.AddRange(ReadAll(reader, ref first));
            var rest = wire.AsSpan(split - (int)first.Length).ToArray();
            var second = new ReadOnlySequence<byte>(rest);
            results.AddRange(ReadAll(reader, ref second));

            Assert.Equal(whole, results);
        }
    }

    [Fact]
    public void Read_OneByteAtATime_GivesTheSameOutcomes()
    {
        var wire = GoldenVectors.AllCasesConcatenated();
        var reader = new FrameReader();
        var results = new List<string>();
        var pending = new List<byte>();

        foreach (var b in wire)
        {
            pending.Add(b);
            var input = new ReadOnlySequence<byte>(pending.ToArray());
            results.AddRange(ReadAll(reader, ref input));
            pending = [.. input.ToArray()];
        }

        Assert.Equal(ReadWhole(wire), results);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    public void Read_MultiSegmentSequence_GivesTheSameOutcomes(int segmentLength)
    {
        var wire = GoldenVectors.AllCasesConcatenated();
        var input = TestSegment.Split(wire, segmentLength);

        var results = ReadAll(new FrameReader(), ref input);

        Assert.Equal(ReadWhole(wire), results);
        Assert.True(input.IsEmpty);
    }

    [Fact]
    public void Read_EndlessGarbage_DropsItWithoutGrowingAndReportsOnceAtTheDelimiter()
    {
        var reader = new FrameReader();
        var frame = new byte[ProtocolLimits.MaxFrameLength];
        var garbage = Enumerable.Repeat((byte)0x55, 1000).ToArray();

        var input = new ReadOnlySequence<byte>(garbage);
        var first = reader.Read(ref input, frame, out _);
        var pending = reader.PendingDiscard;
        input = new ReadOnlySequence<byte>([0x55, 0x00]);
        var second = reader.Read(ref input, frame, out _);

        Assert.Equal(FrameStatus.NeedMoreData, first);
        Assert.Equal(1000, pending);
        Assert.Equal(FrameStatus.Oversize, second);
        Assert.Equal(0, reader.FrameOffset);
        Assert.Equal(1002, reader.BytesConsumed);
    }

    [Fact]
    public void Read_BadFrameThenGoodFrame_ResynchronisesAtTheDelimiter()
    {
        var results = ReadWhole(GoldenVectors.Wire(GoldenVectors.Case("crc-error")));

        Assert.Equal(2, results.Count);
        Assert.StartsWith("CrcError:0:", results[0], StringComparison.Ordinal);
        Assert.StartsWith("Ok:", results[1], StringComparison.Ordinal);
    }
}

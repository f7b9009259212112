using System.Text;
using System.Text.Json;
using ControlSurface.Firmware.Protocol;

namespace ControlSurface.Firmware.Tests.Protocol;

public sealed class FramesDecoderTests
{
    public static TheoryData<string> Cases() => GoldenVectors.CaseNames();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DecodeAsync_GoldenCase_ReportsExpectedFramesAndErrors(string name)
    {
        var vector = GoldenVectors.Case(name);
        var output = new MemoryStream();

        await new FramesDecoder().DecodeAsync(new MemoryStream(GoldenVectors.Wire(vector)), output, TestContext.Current.CancellationToken);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = vector.GetProperty("expect").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var actual = JsonDocument.Parse(lines[i]);
            Assert.True(JsonElement.DeepEquals(expected[i], actual.RootElement), $"{name}[{i}]: expected {expected[i]}, got {lines[i]}");
        }
    }

    [Fact]
    public async Task DecodeAsync_StreamWithGoodAndBadFrames_CountsBoth()
    {
        var decoder = new FramesDecoder();
        var wire = GoldenVectors.Wire(GoldenVectors.Case("crc-error"));

        await decoder.DecodeAsync(new MemoryStream(wire), new MemoryStream(), TestContext.Current.CancellationToken);

        Assert.Equal(1, decoder.Frames);
        Assert.Equal(1, decoder.Errors);
    }
}

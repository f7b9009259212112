using System.Text.Json;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Monitor;

namespace ControlSurface.Midi.Tests.Monitor;

public sealed class MidiStreamDecoderTests
{
    [Fact]
    public async Task DecodeAsync_JsonLines_OneValidObjectPerResultInStreamOrder()
    {
        byte[] bytes = [0x3C, 0x90, 0x3C, 0x64, 0xF8, 0x3C, 0x00, 0xF0, 0x7E, 0x7F, 0xF7, 0xF7, 0xB0, 0x07];
        var output = new StringWriter();
        var decoder = new MidiStreamDecoder(MidiParserOptions.Default, MidiOutputFormat.JsonLines);

        var summary = await decoder.DecodeAsync(new MemoryStream(bytes), output, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["error", "note-on", "clock", "note-on", "sysex", "error", "error"],
            lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()));
        Assert.Equal("""{"type":"error","reason":"truncated","offset":12}""", lines[^1]);
        Assert.Equal(new MidiDecodeSummary(14, 3, 1, 3), summary);
    }

    [Fact]
    public async Task DecodeAsync_StreamLargerThanOneBlock_KeepsMessagesThatStraddleBlocks()
    {
        var bytes = new byte[3 * 5000];
        for (var i = 0; i < 5000; i++)
            (bytes[3 * i], bytes[3 * i + 1], bytes[3 * i + 2]) = ((byte)0xE0, (byte)(i & 0x7F), (byte)((i >> 7) & 0x7F));
        var output = new StringWriter();
        var decoder = new MidiStreamDecoder(MidiParserOptions.Default, MidiOutputFormat.JsonLines);

        var summary = await decoder.DecodeAsync(new MemoryStream(bytes), output, TestContext.Current.CancellationToken);

        Assert.Equal(5000, summary.Messages);
        Assert.Equal(0, summary.Errors);
        Assert.EndsWith("""{"type":"pitch-bend","channel":1,"value":4999}""" + "\n", output.ToString());
    }

    [Fact]
    public async Task DecodeAsync_MaxSysExOption_ReportsOverflow()
    {
        var output = new StringWriter();
        var decoder = new MidiStreamDecoder(new MidiParserOptions { MaxSysExLength = 2 }, MidiOutputFormat.JsonLines);

        await decoder.DecodeAsync(new MemoryStream([0xF0, 1, 2, 3, 0xF7]), output, TestContext.Current.CancellationToken);

        Assert.Equal("""{"type":"error","reason":"sysex-overflow","offset":3}""" + "\n", output.ToString());
    }
}

using System.Buffers;
using System.Text.Json;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Monitor;

namespace ControlSurface.Midi.Tests.Monitor;

public sealed class MidiJsonLineFormatterTests
{
    private static string Line(MidiMessage m)
    {
        var buffer = new ArrayBufferWriter<char>();
        MidiJsonLineFormatter.Write(buffer, m);
        return buffer.WrittenSpan.ToString();
    }

    public static TheoryData<string, string> Messages => new()
    {
        { "90 3C 64", """{"type":"note-on","channel":1,"note":60,"velocity":100}""" },
        { "9F 3C 00", """{"type":"note-on","channel":16,"note":60,"velocity":0}""" },
        { "81 40 10", """{"type":"note-off","channel":2,"note":64,"velocity":16}""" },
        { "A2 3C 20", """{"type":"poly-pressure","channel":3,"note":60,"value":32}""" },
        { "B0 07 7F", """{"type":"cc","channel":1,"controller":7,"value":127}""" },
        { "C4 05", """{"type":"program","channel":5,"program":5}""" },
        { "D0 40", """{"type":"channel-pressure","channel":1,"value":64}""" },
        { "E0 7F 7F", """{"type":"pitch-bend","channel":1,"value":16383}""" },
        { "E8 00 40", """{"type":"pitch-bend","channel":9,"value":8192}""" },
        { "F1 35", """{"type":"mtc-quarter-frame","value":53}""" },
        { "F2 01 02", """{"type":"song-position","value":257}""" },
        { "F3 07", """{"type":"song-select","value":7}""" },
        { "F6", """{"type":"tune-request"}""" },
        { "F8", """{"type":"clock"}""" },
        { "FA", """{"type":"start"}""" },
        { "FB", """{"type":"continue"}""" },
        { "FC", """{"type":"stop"}""" },
        { "FE", """{"type":"active-sensing"}""" },
        { "FF", """{"type":"reset"}""" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Write_Message_MatchesTheDecodeFormat(string hex, string expected)
    {
        var parser = new MidiStreamParser();
        var sink = new Codec.RecordingSink();
        parser.Parse(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal)), ref sink);

        var line = Line(Assert.Single(sink.Messages));

        Assert.Equal(expected + "\n", line);
        using var _ = JsonDocument.Parse(line);
    }

    [Fact]
    public void Write_SysEx_IsUpperCaseHexBetweenF0AndF7()
    {
        var buffer = new ArrayBufferWriter<char>();

        MidiJsonLineFormatter.Write(buffer, new SysExMessage([0x00, 0x20, 0x6B, 0x7F], isComplete: false, offset: 9));

        Assert.Equal("""{"type":"sysex","data":"00206B7F","complete":false}""" + "\n", buffer.WrittenSpan.ToString());
    }

    [Theory]
    [InlineData(MidiErrorKind.StrayData, "stray-data")]
    [InlineData(MidiErrorKind.Truncated, "truncated")]
    [InlineData(MidiErrorKind.SysExOverflow, "sysex-overflow")]
    [InlineData(MidiErrorKind.UndefinedStatus, "undefined-status")]
    [InlineData(MidiErrorKind.StrayEox, "stray-eox")]
    public void Write_Error_NamesReasonAndOffset(MidiErrorKind kind, string reason)
    {
        var buffer = new ArrayBufferWriter<char>();

        MidiJsonLineFormatter.Write(buffer, new MidiError(kind, 1234567890123));

        Assert.Equal($$"""{"type":"error","reason":"{{reason}}","offset":1234567890123}""" + "\n", buffer.WrittenSpan.ToString());
    }
}

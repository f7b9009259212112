using System.Buffers;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Monitor;

namespace ControlSurface.Midi.Tests.Monitor;

public sealed class MidiMonitorLineFormatterTests
{
    [Fact]
    public void Write_NoteOn_ShowsOffsetChannelNoteNameAndVelocity()
    {
        var buffer = new ArrayBufferWriter<char>();

        MidiMonitorLineFormatter.Write(buffer, MidiMessage.NoteOn(new Channel(9), new SevenBit(60), new SevenBit(100)));

        Assert.Equal("       0  ch 10  note-on           note 60 (C4)  velocity 100\n", buffer.WrittenSpan.ToString());
    }

    [Fact]
    public void Write_PitchBend_ShowsValueAndDistanceFromCentre()
    {
        var buffer = new ArrayBufferWriter<char>();

        MidiMonitorLineFormatter.Write(buffer, MidiMessage.PitchBend(default, new FourteenBit(8000)));

        Assert.EndsWith("pitch-bend        value 8000 (-192)\n", buffer.WrittenSpan.ToString());
    }

    [Fact]
    public void Write_LongSysEx_IsCutWithTheCountLeftOut()
    {
        var buffer = new ArrayBufferWriter<char>();
        var body = new byte[40];

        MidiMonitorLineFormatter.Write(buffer, new SysExMessage(body, isComplete: true, offset: 3));

        var line = buffer.WrittenSpan.ToString();
        Assert.StartsWith("       3         sysex             40 bytes: 00 00", line);
        Assert.EndsWith(" ... (8 more)\n", line);
    }

    [Fact]
    public void Write_Error_SaysWhatAndWhere()
    {
        var buffer = new ArrayBufferWriter<char>();

        MidiMonitorLineFormatter.Write(buffer, new MidiError(MidiErrorKind.StrayEox, 17));

        Assert.Equal("      17         ERROR             F7 (end of SysEx) with no SysEx open\n", buffer.WrittenSpan.ToString());
    }

    [Fact]
    public void Write_Clock_HasNoTrailingSpaces()
    {
        var buffer = new ArrayBufferWriter<char>();

        MidiMonitorLineFormatter.Write(buffer, MidiMessage.System(MidiMessageKind.Clock));

        Assert.Equal("       0         clock\n", buffer.WrittenSpan.ToString());
    }

    [Theory]
    [InlineData(0, "C-1")]
    [InlineData(61, "C#4")]
    [InlineData(127, "G9")]
    public void NoteName_MiddleCIsC4(int note, string name) => Assert.Equal(name, MidiNames.NoteName(new SevenBit(note)));
}

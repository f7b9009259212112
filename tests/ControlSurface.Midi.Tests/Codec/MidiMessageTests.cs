using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

public sealed class MidiMessageTests
{
    [Fact]
    public void ControlChange_ExposesControllerAndValue()
    {
        var m = MidiMessage.ControlChange(new Channel(9), new SevenBit(7), new SevenBit(100));

        Assert.Equal(MidiMessageKind.ControlChange, m.Kind);
        Assert.Equal(0xB9, m.Status);
        Assert.Equal(10, m.Channel.Number);
        Assert.Equal(7, m.Controller);
        Assert.Equal(100, m.Value);
        Assert.Equal(3, m.Length);
    }

    [Fact]
    public void ChannelPressure_ValueIsTheFirstDataByte()
    {
        var m = MidiMessage.ChannelPressure(default, new SevenBit(90));

        Assert.Equal(90, m.Value);
        Assert.Equal(2, m.Length);
    }

    [Fact]
    public void PitchBend_Value14RoundTrips() =>
        Assert.Equal(12345, MidiMessage.PitchBend(default, new FourteenBit(12345)).Value14);

    [Fact]
    public void System_KindWithData_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MidiMessage.System(MidiMessageKind.SongSelect));

    [Theory]
    [InlineData(MidiMessageKind.TuneRequest, 0xF6)]
    [InlineData(MidiMessageKind.Reset, 0xFF)]
    [InlineData(MidiMessageKind.ActiveSensing, 0xFE)]
    public void System_DataLessKind_HasItsStatusAndKind(MidiMessageKind kind, int status)
    {
        var m = MidiMessage.System(kind);

        Assert.Equal(status, m.Status);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(1, m.Length);
    }
}

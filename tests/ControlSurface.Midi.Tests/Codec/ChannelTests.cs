using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

public sealed class ChannelTests
{
    [Fact]
    public void Index_IsZeroBasedAndNumberOneBased()
    {
        var channel = new Channel(0);

        Assert.Equal(0, channel.Index);
        Assert.Equal(1, channel.Number);
        Assert.Equal("Ch 1", channel.ToString());
    }

    [Fact]
    public void FromNumber_Sixteen_IsIndexFifteen() => Assert.Equal(15, Channel.FromNumber(16).Index);

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void FromNumber_OutOfRange_Throws(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Channel.FromNumber(number));

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void Constructor_OutOfRange_Throws(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Channel(index));
}

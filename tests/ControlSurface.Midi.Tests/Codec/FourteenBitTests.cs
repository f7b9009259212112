using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

public sealed class FourteenBitTests
{
    [Fact]
    public void FromParts_JoinsCoarseAndFine()
    {
        var value = FourteenBit.FromParts(new SevenBit(0x7C), new SevenBit(0x7F));

        Assert.Equal(0x7C * 128 + 0x7F, value.Value);
        Assert.Equal(0x7C, value.Msb.Value);
        Assert.Equal(0x7F, value.Lsb.Value);
    }

    [Fact]
    public void Centre_Is8192() => Assert.Equal(8192, FourteenBit.Centre.Value);

    [Theory]
    [InlineData(-1)]
    [InlineData(16384)]
    public void Constructor_OutOfRange_Throws(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FourteenBit(value));
}

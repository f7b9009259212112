using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

public sealed class SevenBitTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(64)]
    [InlineData(127)]
    public void Constructor_InRange_KeepsValue(int value) => Assert.Equal(value, new SevenBit(value).Value);

    [Theory]
    [InlineData(-1)]
    [InlineData(128)]
    [InlineData(255)]
    public void Constructor_OutOfRange_Throws(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SevenBit(value));

    [Fact]
    public void ExplicitConversion_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => (SevenBit)200);
}

using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

public sealed class TimeSignatureTests
{
    [Theory]
    [InlineData(4, 4, true)]
    [InlineData(6, 8, true)]
    [InlineData(7, 16, true)]
    [InlineData(1, 1, true)]
    [InlineData(64, 64, true)]
    [InlineData(0, 4, false)]
    [InlineData(65, 4, false)]
    [InlineData(4, 3, false)]
    [InlineData(4, 0, false)]
    [InlineData(4, 128, false)]
    public void IsValid_NeedsBeatsInRangeAndAPowerOfTwoUnit(int beats, int unit, bool valid)
    {
        var signature = new TimeSignature(beats, unit);
        Assert.Equal(valid, signature.IsValid);
        if (!valid)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => signature.Validate());
        }
    }

    [Fact]
    public void ToString_IsUpperOverLower()
    {
        Assert.Equal("6/8", new TimeSignature(6, 8).ToString());
        Assert.Equal(new TimeSignature(4, 4), TimeSignature.CommonTime);
    }
}

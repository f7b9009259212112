using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

public sealed class SampleRangeTests
{
    [Fact]
    public void Contains_IsStartInclusiveEndExclusive()
    {
        var range = SampleRange.Create(10, 20);
        Assert.False(range.Contains(9));
        Assert.True(range.Contains(10));
        Assert.True(range.Contains(19));
        Assert.False(range.Contains(20));
        Assert.Equal(10, range.Length);
        Assert.False(range.IsEmpty);
    }

    [Fact]
    public void Default_IsEmpty()
    {
        Assert.True(default(SampleRange).IsEmpty);
        Assert.Equal(0, new SampleRange(5, 3).Length);
    }
}

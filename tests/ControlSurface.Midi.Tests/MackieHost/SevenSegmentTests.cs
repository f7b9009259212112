using ControlSurface.Midi.MackieHost;

namespace ControlSurface.Midi.Tests.MackieHost;

public sealed class SevenSegmentTests
{
    [Theory]
    [InlineData('A', 0x01)]
    [InlineData('z', 0x1A)]
    [InlineData('@', 0x00)]
    [InlineData('7', 0x37)]
    [InlineData(' ', 0x20)]
    [InlineData('é', 0x20)]
    public void Code_FollowsTheMackieTable(char c, int code) => Assert.Equal(code, SevenSegment.Code(c));

    [Fact]
    public void Encode_DotJoinsTheCharacterBefore()
    {
        Span<byte> codes = stackalloc byte[4];

        var n = SevenSegment.Encode("Pn.1", codes);

        Assert.Equal([0x10, 0x4E, 0x31], codes[..n].ToArray());
    }
}

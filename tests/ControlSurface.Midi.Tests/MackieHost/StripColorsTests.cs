using ControlSurface.Midi.MackieHost;

namespace ControlSurface.Midi.Tests.MackieHost;

public sealed class StripColorsTests
{
    [Theory]
    [InlineData(0xFF0000, 1)]
    [InlineData(0x00C000, 2)]
    [InlineData(0xE0D000, 3)]
    [InlineData(0x2040FF, 4)]
    [InlineData(0x800080, 5)]
    [InlineData(0x00FFFF, 6)]
    [InlineData(0xF0F0F0, 7)]
    [InlineData(0x400000, 1)]
    [InlineData(0x000000, 7)]
    public void Nearest_PicksTheXTouchBacklight(int rgb, int code) => Assert.Equal(code, StripColors.Nearest(rgb));
}

using ControlSurface.Core.Model;
using ControlSurface.Midi.MackieHost;

namespace ControlSurface.Midi.Tests.MackieHost;

public sealed class FaderValueTextTests
{
    [Fact]
    public void Format_UnityTopBottomAndNarrow()
    {
        Assert.Equal("0.0dB", Format(FaderTaper.UnityPosition, 7));
        Assert.Equal("+6.0dB", Format(1, 7));
        Assert.Equal("-inf", Format(0, 7));
        Assert.Equal("-12.5", Format(FaderTaper.GainToPosition(Math.Pow(10, -12.5 / 20)), 6));
    }

    private static string Format(double position, int width)
    {
        Span<char> text = stackalloc char[width];
        return new string(text[..FaderValueText.Format(position, text)]);
    }
}

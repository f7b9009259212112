using ControlSurface.Core.Pads;

namespace ControlSurface.Core.Tests.Pads;

public sealed class VelocityCurveTests
{
    [Theory]
    [InlineData(VelocityCurveKind.Linear, 0.25, 0.25)]
    [InlineData(VelocityCurveKind.Soft, 0.25, 0.5)]
    [InlineData(VelocityCurveKind.Hard, 0.5, 0.25)]
    [InlineData(VelocityCurveKind.Fixed, 0.2, 0.8)]
    public void TryApply_ShapesTheStrikeByCurve(VelocityCurveKind kind, double raw, double expected)
    {
        var curve = new VelocityCurve(kind, 0.1, FixedVelocity: 0.8);

        Assert.True(curve.TryApply(raw, out var v));
        Assert.Equal(expected, v, 9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.29)]
    [InlineData(double.NaN)]
    public void TryApply_UnderTheThreshold_IsIgnored(double raw)
    {
        var curve = new VelocityCurve(VelocityCurveKind.Fixed, 0.3);

        Assert.False(curve.TryApply(raw, out var v));
        Assert.Equal(0, v);
    }

    [Fact]
    public void TryApply_AboveOne_IsClampedToFullVelocity()
    {
        Assert.True(VelocityCurve.Default.TryApply(1.7, out var v));
        Assert.Equal(1, v);
    }

    [Fact]
    public void ParseKind_UnknownWord_SaysWhatIsAllowed()
    {
        var e = Assert.Throws<FormatException>(() => VelocityCurve.ParseKind("squishy"));

        Assert.Contains("linear, soft, hard or fixed", e.Message, StringComparison.Ordinal);
    }
}

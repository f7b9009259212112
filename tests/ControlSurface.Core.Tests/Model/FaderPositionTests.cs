using ControlSurface.Core.Model;
using CsCheck;

namespace ControlSurface.Core.Tests.Model;

public sealed class FaderPositionTests
{
    [Fact]
    public void Zero_IsRawZeroAndMinusInfinity()
    {
        Assert.Equal(0, FaderPosition.Zero.Raw);
        Assert.Equal(0.0, FaderPosition.Zero.Normalized);
        Assert.Null(FaderPosition.Zero.GainDb);
    }

    [Fact]
    public void Unity_IsTheStepNearestZeroDb()
    {
        Assert.Equal(12808, FaderPosition.Unity.Raw);
        Assert.InRange(FaderPosition.Unity.GainDb!.Value, -0.002, 0.002);
    }

    [Fact]
    public void Max_IsRaw16383AndPlusSixDb()
    {
        Assert.Equal(16383, FaderPosition.Max.Raw);
        Assert.Equal(1.0, FaderPosition.Max.Normalized);
        Assert.Equal(6.0206, FaderPosition.Max.GainDb!.Value, 4);
    }

    [Theory]
    [InlineData(0.5, 8192)] // 8191.5 rounds away from zero
    [InlineData(0.25, 4096)] // 4095.75
    [InlineData(1.0 / 16383, 1)]
    [InlineData(0.4 / 16383, 0)]
    [InlineData(0.5 / 16383, 1)]
    [InlineData(16382.49 / 16383, 16382)]
    public void FromNormalized_RoundsToNearestStep(double value, int raw)
    {
        Assert.Equal(raw, FaderPosition.FromNormalized(value).Raw);
    }

    [Theory]
    [InlineData(-0.1, 0)]
    [InlineData(double.NaN, 0)]
    [InlineData(double.NegativeInfinity, 0)]
    [InlineData(1.5, 16383)]
    [InlineData(double.PositiveInfinity, 16383)]
    public void FromNormalized_OutOfRange_IsClamped(double value, int raw)
    {
        Assert.Equal(raw, FaderPosition.FromNormalized(value).Raw);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16384)]
    public void FromRaw_OutOfRange_Throws(int raw)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FaderPosition.FromRaw(raw));
    }

    [Fact]
    public void FromRaw_EveryStep_RoundTripsThroughNormalized()
    {
        for (var raw = 0; raw <= FaderPosition.MaxRaw; raw++)
        {
            var position = FaderPosition.FromRaw(raw);
            Assert.Equal(raw, position.Raw);
            Assert.Equal(position, FaderPosition.FromNormalized(position.Normalized));
        }
    }

    [Fact]
    public void FromNormalized_IsWithinHalfAStep()
    {
        Gen.Double[0.0, 1.0].Sample(v =>
            Assert.True(Math.Abs(FaderPosition.FromNormalized(v).Normalized - v) <= 0.5 / FaderPosition.MaxRaw + 1e-15));
    }

    [Fact]
    public void FromDb_PicksTheNearestStep()
    {
        Assert.Equal(FaderPosition.Unity, FaderPosition.FromDb(0.0));
        Assert.Equal(FaderPosition.Zero, FaderPosition.FromDb(null));
        Assert.Equal(FaderPosition.Zero, FaderPosition.FromDb(double.NegativeInfinity));
        Assert.Equal(9944, FaderPosition.FromDb(-6.0).Raw);
        Assert.Equal(8362, FaderPosition.FromDb(-10.0).Raw);
    }

    [Fact]
    public void Comparison_FollowsRaw()
    {
        var low = FaderPosition.FromRaw(100);
        var high = FaderPosition.FromRaw(101);
        Assert.True(low < high);
        Assert.True(high > low);
        Assert.True(low <= FaderPosition.FromRaw(100));
        Assert.True(high >= low);
        Assert.Equal(-1, low.CompareTo(high));
    }

    [Fact]
    public void ToString_ShowsRawAndDb()
    {
        Assert.Equal("12808 (0.0 dB)", FaderPosition.Unity.ToString());
        Assert.Equal("0 (-inf dB)", FaderPosition.Zero.ToString());
    }
}

using ControlSurface.Core.Model;
using CsCheck;

namespace ControlSurface.Core.Tests.Model;

public sealed class FaderTaperTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void UnityPosition_IsArdoursZeroDbPoint()
    {
        Assert.Equal(0.7817867535191608, FaderTaper.UnityPosition, 12);
        Assert.InRange(FaderTaper.UnityPosition, 0.781, 0.783);
    }

    [Fact]
    public void PositionToDb_AtUnityPosition_IsZero()
    {
        Assert.Equal(0.0, FaderTaper.PositionToDb(FaderTaper.UnityPosition)!.Value, 9);
    }

    [Fact]
    public void PositionToDb_AtZero_IsMinusInfinity()
    {
        Assert.Null(FaderTaper.PositionToDb(0.0));
        Assert.Equal(0.0, FaderTaper.PositionToGain(0.0));
    }

    [Fact]
    public void PositionToGain_AtTop_IsPlusSixDb()
    {
        Assert.Equal(2.0, FaderTaper.PositionToGain(1.0), 12);
        Assert.Equal(6.0206, FaderTaper.PositionToDb(1.0)!.Value, 4);
        Assert.Equal(FaderTaper.MaxGainDb, FaderTaper.PositionToDb(1.0)!.Value, 12);
    }

    [Theory]
    [InlineData(-3.0, 0.6895433917007041)]
    [InlineData(-6.0, 0.6069675685825309)]
    [InlineData(-10.0, 0.5103906312555971)]
    [InlineData(-20.0, 0.32530300536349205)]
    [InlineData(-40.0, 0.12149380425025348)]
    [InlineData(-60.0, 0.039506563675777685)]
    [InlineData(3.0, 0.8846520239012843)]
    [InlineData(6.0, 0.9991708290609385)]
    public void DbToPosition_MatchesArdoursFormula(double db, double position)
    {
        Assert.Equal(position, FaderTaper.DbToPosition(db), 12);
    }

    [Theory]
    [InlineData(0.5, -10.469019946109412)]
    [InlineData(0.25, -25.590068028077173)]
    [InlineData(0.1, -43.67036783964406)]
    public void PositionToDb_MatchesArdoursFormula(double position, double db)
    {
        Assert.Equal(db, FaderTaper.PositionToDb(position)!.Value, 9);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void PositionToGain_BelowZeroOrNaN_IsSilence(double position)
    {
        Assert.Equal(0.0, FaderTaper.PositionToGain(position));
    }

    [Fact]
    public void PositionToGain_AboveOne_IsClampedToTop()
    {
        Assert.Equal(2.0, FaderTaper.PositionToGain(1.7), 12);
    }

    [Fact]
    public void GainToPosition_AboveMaxGain_IsClampedToTop()
    {
        Assert.Equal(1.0, FaderTaper.GainToPosition(4.0));
        Assert.Equal(1.0, FaderTaper.DbToPosition(12.0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void GainToPosition_ZeroNegativeOrNaN_IsBottom(double gain)
    {
        Assert.Equal(0.0, FaderTaper.GainToPosition(gain));
    }

    [Fact]
    public void GainToPosition_BelowFormulaFloor_IsBottomNotFoldedBack()
    {
        // Below 2^-32 Ardour's base goes negative and the 8th power would fold it back up the fader.
        Assert.Equal(0.0, FaderTaper.GainToPosition(Math.Pow(2, -40)));
        Assert.Equal(0.0, FaderTaper.DbToPosition(-300.0));
        Assert.Equal(0.0, FaderTaper.DbToPosition(double.NegativeInfinity));
    }

    [Fact]
    public void DbToGain_AndGainToDb_AreInverse()
    {
        Assert.Equal(0.5011872336272722, FaderTaper.DbToGain(-6.0), 12);
        Assert.Equal(-6.0, FaderTaper.GainToDb(FaderTaper.DbToGain(-6.0))!.Value, 12);
        Assert.Null(FaderTaper.GainToDb(0.0));
        Assert.Equal(0.0, FaderTaper.DbToGain(double.NegativeInfinity));
    }

    [Fact]
    public void PositionToGain_IsStrictlyIncreasing()
    {
        var previous = FaderTaper.PositionToGain(0.0);
        for (var raw = 1; raw <= FaderPosition.MaxRaw; raw++)
        {
            var gain = FaderTaper.PositionToGain(raw / (double)FaderPosition.MaxRaw);
            Assert.True(gain > previous, $"not increasing at raw {raw}");
            previous = gain;
        }
    }

    [Fact]
    public void PositionDbPosition_RoundTrips()
    {
        Gen.Double[1e-6, 1.0].Sample(position =>
        {
            var db = FaderTaper.PositionToDb(position);
            Assert.NotNull(db);
            Assert.Equal(position, FaderTaper.DbToPosition(db.Value), Tolerance);
        });
    }

    [Fact]
    public void DbPositionDb_RoundTrips()
    {
        Gen.Double[-120.0, 6.0].Sample(db =>
        {
            var back = FaderTaper.PositionToDb(FaderTaper.DbToPosition(db));
            Assert.Equal(db, back!.Value, 1e-7);
        });
    }
}

using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

public sealed class MeterLevelTests
{
    private static TimeSpan Ms(double ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void New_IsSilent()
    {
        var meter = new MeterLevel();
        Assert.Equal(0.0, meter.Level);
        Assert.Equal(0.0, meter.Peak);
        Assert.Equal(TimeSpan.FromSeconds(1.5), meter.HoldTime);
        Assert.Equal(0.2, meter.FallPerSecond);
    }

    [Fact]
    public void Update_HigherLevel_ShowsAtOnce()
    {
        var meter = new MeterLevel();
        meter.Update(0.8, Ms(0));
        Assert.Equal(0.8, meter.Level);
        Assert.Equal(0.8, meter.Peak);
    }

    [Fact]
    public void Update_LowerLevel_FallsAtTheFallRate()
    {
        var meter = new MeterLevel();
        meter.Update(0.8, Ms(0));

        meter.Update(0.1, Ms(500));

        Assert.Equal(0.7, meter.Level, 12);
    }

    [Fact]
    public void Decay_FallsLinearlyToZeroAndStops()
    {
        var meter = new MeterLevel();
        meter.Update(0.5, Ms(0));

        meter.Decay(Ms(1000));
        Assert.Equal(0.3, meter.Level, 12);
        meter.Decay(Ms(2500));
        Assert.Equal(0.0, meter.Level);
        meter.Decay(Ms(9000));
        Assert.Equal(0.0, meter.Level);
    }

    [Fact]
    public void Peak_HoldsForHoldTime()
    {
        var meter = new MeterLevel();
        meter.Update(0.9, Ms(0));

        meter.Decay(Ms(1500));

        Assert.Equal(0.9, meter.Peak);
        Assert.Equal(0.6, meter.Level, 12);
    }

    [Fact]
    public void Peak_AfterHold_FallsAtTheFallRate()
    {
        var meter = new MeterLevel();
        meter.Update(0.9, Ms(0));

        meter.Decay(Ms(2000));

        Assert.Equal(0.8, meter.Peak, 12);
        Assert.Equal(0.5, meter.Level, 12);
    }

    [Fact]
    public void Peak_WithZeroHold_FallsWithTheLevel()
    {
        var meter = new MeterLevel(TimeSpan.Zero, 0.2);
        meter.Update(0.9, Ms(0));
        meter.Update(0.8, Ms(100)); // level 0.88 keeps falling from 0.9; peak releases at once

        meter.Decay(Ms(1000));

        Assert.Equal(0.7, meter.Level, 12);
        Assert.Equal(0.7, meter.Peak, 12);
    }

    [Fact]
    public void Update_NewHigherPeak_RestartsTheHold()
    {
        var meter = new MeterLevel();
        meter.Update(0.5, Ms(0));
        meter.Update(0.6, Ms(1000));

        meter.Decay(Ms(2400));

        Assert.Equal(0.6, meter.Peak);
    }

    [Fact]
    public void Update_EqualToHeldPeak_RestartsTheHold()
    {
        var meter = new MeterLevel();
        meter.Update(0.5, Ms(0));
        meter.Update(0.5, Ms(1400));

        meter.Decay(Ms(2800));

        Assert.Equal(0.5, meter.Peak);
    }

    [Fact]
    public void Decay_ResultDoesNotDependOnHowOftenItIsCalled()
    {
        var once = new MeterLevel();
        var often = new MeterLevel();
        once.Update(1.0, Ms(0));
        often.Update(1.0, Ms(0));

        for (var t = 10; t <= 3000; t += 10)
        {
            often.Decay(Ms(t));
        }

        once.Decay(Ms(3000));

        Assert.Equal(once.Level, often.Level, 12);
        Assert.Equal(once.Peak, often.Peak, 12);
    }

    [Fact]
    public void Decay_TimeGoingBackwards_IsNoTimePassing()
    {
        var meter = new MeterLevel();
        meter.Update(0.5, Ms(1000));
        meter.Decay(Ms(1500));

        meter.Decay(Ms(200));

        Assert.Equal(0.4, meter.Level, 12);
        Assert.Equal(Ms(1500), meter.Now);
    }

    [Theory]
    [InlineData(1.5, 1.0)]
    [InlineData(-0.5, 0.0)]
    [InlineData(double.NaN, 0.0)]
    public void Update_OutOfRange_IsClamped(double input, double shown)
    {
        var meter = new MeterLevel();
        meter.Update(input, Ms(0));
        Assert.Equal(shown, meter.Level);
    }

    [Fact]
    public void Reset_DropsLevelAndPeak()
    {
        var meter = new MeterLevel();
        meter.Update(0.9, Ms(0));

        meter.Reset(Ms(100));

        Assert.Equal(0.0, meter.Level);
        Assert.Equal(0.0, meter.Peak);
        meter.Update(0.2, Ms(200));
        Assert.Equal(0.2, meter.Peak);
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeterLevel(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeterLevel(null, 0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeterLevel(null, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeterLevel(null, double.PositiveInfinity));
    }

    [Fact]
    public void CustomRates_AreUsed()
    {
        var meter = new MeterLevel(Ms(500), 1.0);
        meter.Update(1.0, Ms(0));

        meter.Decay(Ms(700));

        Assert.Equal(0.3, meter.Level, 12);
        Assert.Equal(0.8, meter.Peak, 12);
    }
}

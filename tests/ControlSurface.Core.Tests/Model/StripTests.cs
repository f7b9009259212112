using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

public sealed class StripTests
{
    [Fact]
    public void New_IsAtUnityCentredWithSwitchesOff()
    {
        var strip = new Strip(3, "Kick");

        Assert.Equal(3, strip.Index);
        Assert.Equal("Kick", strip.Name);
        Assert.Equal(FaderPosition.Unity, strip.Fader);
        Assert.Equal(0.0, strip.Pan);
        Assert.False(strip.Mute || strip.Solo || strip.RecArm || strip.Select);
        Assert.False(strip.IsMaster);
        Assert.Equal(0.0, strip.Meter.Level);
    }

    [Fact]
    public void ValueText_StartsEmptyAndStoresNullAsEmpty()
    {
        var strip = new Strip(0, "Kick");

        Assert.Equal("", strip.ValueText);
        strip.ValueText = "L50R50";
        Assert.Equal("L50R50", strip.ValueText);
        strip.ValueText = null!;
        Assert.Equal("", strip.ValueText);
    }

    [Fact]
    public void GainDb_FollowsTheFaderThroughTheTaper()
    {
        var strip = new Strip(0, "Ch 1") { Fader = FaderPosition.FromNormalized(0.5) };

        Assert.Equal(-10.469, strip.GainDb!.Value, 2);
        strip.Fader = FaderPosition.Zero;
        Assert.Null(strip.GainDb);
    }

    [Fact]
    public void GainDb_Set_MovesTheFaderToTheNearestStep()
    {
        var strip = new Strip(0, "Ch 1") { GainDb = -6.0 };

        Assert.Equal(9944, strip.Fader.Raw);
        strip.GainDb = null;
        Assert.Equal(FaderPosition.Zero, strip.Fader);
        strip.GainDb = 20.0;
        Assert.Equal(FaderPosition.Max, strip.Fader);
    }

    [Theory]
    [InlineData(-2.0, -1.0)]
    [InlineData(2.0, 1.0)]
    [InlineData(0.25, 0.25)]
    [InlineData(double.NaN, 0.0)]
    public void Pan_IsClamped(double value, double stored)
    {
        var strip = new Strip(0, "Ch 1") { Pan = value };
        Assert.Equal(stored, strip.Pan);
    }

    [Fact]
    public void Color_KeepsOnlyRgb()
    {
        var strip = new Strip(0, "Ch 1") { Color = unchecked((int)0xFF12_3456) };
        Assert.Equal(0x123456, strip.Color);
    }

    [Fact]
    public void Name_Null_IsStoredAsEmpty()
    {
        var strip = new Strip(0, "Ch 1") { Name = null! };
        Assert.Equal(string.Empty, strip.Name);
    }

    [Fact]
    public void Master_IsMaster()
    {
        var strip = new Strip(-1, "Master");
        Assert.True(strip.IsMaster);
        Assert.Equal("Master 'Master'", strip.ToString());
    }
}

using CsCheck;
using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

/// <summary>Transport: loop wrap, rewind and fast-forward.</summary>
public sealed class TransportLoopAndShuttleTests
{
    private const int Rate = 48000;

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Fact]
    public void Loop_WrapsAtLoopEndWithTheOvershoot()
    {
        var transport = new Transport { Loop = true };
        transport.SetLoopRange(Rate, 3 * Rate);
        transport.Locate(Rate);
        transport.Play();

        transport.Advance(Seconds(1.5));
        Assert.Equal(Rate * 5 / 2, transport.PositionSamples);

        transport.Advance(Seconds(1));
        Assert.Equal(Rate * 3 / 2, transport.PositionSamples);
    }

    [Fact]
    public void Loop_LongAdvance_WrapsAsManyTimesAsNeeded()
    {
        var transport = new Transport { Loop = true };
        transport.SetLoopRange(0, Rate);
        transport.Play();

        transport.Advance(Seconds(3.25));

        Assert.Equal(Rate / 4, transport.PositionSamples);
    }

    [Fact]
    public void Loop_Off_PlaysThroughLoopEnd()
    {
        var transport = new Transport();
        transport.SetLoopRange(0, Rate);
        transport.Play();

        transport.Advance(Seconds(2));

        Assert.Equal(2 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void Loop_FromBeforeTheRange_WrapsOnceInside()
    {
        var transport = new Transport { Loop = true };
        transport.SetLoopRange(2 * Rate, 3 * Rate);
        transport.Play();

        transport.Advance(Seconds(2.5));
        Assert.Equal(Rate * 5 / 2, transport.PositionSamples);
        transport.Advance(Seconds(1));
        Assert.Equal(Rate * 5 / 2, transport.PositionSamples);
    }

    [Fact]
    public void Loop_FromPastTheRange_PlaysOn()
    {
        var transport = new Transport { Loop = true };
        transport.SetLoopRange(0, Rate);
        transport.Locate(2 * Rate);
        transport.Play();

        transport.Advance(Seconds(1));

        Assert.Equal(3 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void Loop_WithoutARange_DoesNotWrap()
    {
        var transport = new Transport { Loop = true };
        transport.Play();

        transport.Advance(Seconds(5));

        Assert.Equal(5 * Rate, transport.PositionSamples);
        Assert.Equal(transport.LoopStart, transport.LoopEnd);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 10)]
    [InlineData(20, 10)]
    public void SetLoopRange_Invalid_Throws(long start, long end)
    {
        var transport = new Transport();
        Assert.Throws<ArgumentOutOfRangeException>(() => transport.SetLoopRange(start, end));
    }

    [Fact]
    public void FastForward_Held_MovesAtEightTimes()
    {
        var transport = new Transport();

        Assert.True(transport.FastForward(true));
        Assert.Equal(8, transport.Speed);
        transport.Advance(Seconds(1));

        Assert.Equal(8 * Rate, transport.PositionSamples);
        Assert.Equal(TransportState.Stopped, transport.State);
    }

    [Fact]
    public void FastForward_Released_ReturnsToTheStatesSpeed()
    {
        var transport = new Transport();
        transport.Play();
        transport.FastForward(true);
        transport.Advance(Seconds(1));

        Assert.True(transport.FastForward(false));
        transport.Advance(Seconds(1));

        Assert.Equal(9 * Rate, transport.PositionSamples);
        Assert.Equal(TransportState.Playing, transport.State);
        Assert.False(transport.FastForward(false));
    }

    [Fact]
    public void Rewind_Held_MovesBackAtEightTimes()
    {
        var transport = new Transport();
        transport.Locate(20 * Rate);

        transport.Rewind(true);
        transport.Advance(Seconds(1));

        Assert.Equal(12 * Rate, transport.PositionSamples);
        Assert.True(transport.IsRewinding);
    }

    [Fact]
    public void Rewind_ReachingZero_StopsThere()
    {
        var transport = new Transport();
        transport.Locate(4 * Rate);
        transport.Rewind(true);

        transport.Advance(Seconds(1));

        Assert.Equal(0, transport.PositionSamples);
        Assert.False(transport.IsRewinding);
        Assert.Equal(0, transport.Speed);
    }

    [Fact]
    public void Rewind_AtZero_DoesNothing()
    {
        Assert.False(new Transport().Rewind(true));
    }

    [Fact]
    public void Shuttle_WhileRecording_IsIgnored()
    {
        var transport = new Transport();
        transport.Record();

        Assert.False(transport.FastForward(true));
        Assert.False(transport.Rewind(true));
        Assert.Equal(1, transport.Speed);
    }

    [Fact]
    public void FastForward_WhileRewinding_TakesOver()
    {
        var transport = new Transport();
        transport.Locate(Rate);
        transport.Rewind(true);

        transport.FastForward(true);

        Assert.True(transport.IsFastForwarding);
        Assert.False(transport.IsRewinding);
        Assert.False(transport.Rewind(false));
    }

    [Fact]
    public void Shuttle_IgnoresTheLoop()
    {
        var transport = new Transport { Loop = true };
        transport.SetLoopRange(0, 2 * Rate);
        transport.FastForward(true);

        transport.Advance(Seconds(1));

        Assert.Equal(8 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void ShuttleSpeed_IsConfigurableAndValidated()
    {
        var transport = new Transport { ShuttleSpeed = 4 };
        transport.FastForward(true);
        transport.Advance(Seconds(1));

        Assert.Equal(4 * Rate, transport.PositionSamples);
        Assert.Throws<ArgumentOutOfRangeException>(() => transport.ShuttleSpeed = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => transport.ShuttleSpeed = 65);
    }

    [Fact]
    public void Stop_EndsTheShuttle()
    {
        var transport = new Transport();
        transport.FastForward(true);

        Assert.True(transport.Stop());
        Assert.Equal(0, transport.Speed);
    }

    [Fact]
    public void Loop_OneTickAcrossTheWholeRange_StillWraps()
    {
        var transport = new Transport { Loop = true };
        transport.SetLoopRange(Rate, 2 * Rate);
        transport.Play();

        transport.Advance(Seconds(2.25));

        Assert.Equal(Rate * 5 / 4, transport.PositionSamples);
    }

    [Fact]
    public void Record_WhileShuttling_EndsTheShuttle()
    {
        var transport = new Transport();
        transport.Locate(10 * Rate);
        transport.Rewind(true);

        transport.Record();

        Assert.Equal(TransportState.Recording, transport.State);
        Assert.False(transport.IsRewinding);
        Assert.Equal(1, transport.Speed);
    }

    [Fact]
    public void FastForward_AtTheEndOfTime_SaturatesInsteadOfWrapping()
    {
        var transport = new Transport();
        transport.Locate(long.MaxValue - 10);
        transport.FastForward(true);

        transport.Advance(Seconds(1));

        Assert.Equal(long.MaxValue, transport.PositionSamples);
        Assert.True(transport.Timecode.IsValid);
    }
}

using CsCheck;
using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

/// <summary>Transport: recording with punch in/out.</summary>
public sealed class TransportPunchTests
{
    private const int Rate = 48000;

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Fact]
    public void Record_FromStopped_RecordsAndRolls()
    {
        var transport = new Transport();

        Assert.True(transport.Record());

        Assert.Equal(TransportState.Recording, transport.State);
        Assert.True(transport.RecordEnabled);
        Assert.Equal(1, transport.Speed);
    }

    [Fact]
    public void Record_WhilePlaying_PunchesInAndOut()
    {
        var transport = new Transport();
        transport.Play();

        transport.Record();
        Assert.Equal(TransportState.Recording, transport.State);

        transport.Record();
        Assert.Equal(TransportState.Playing, transport.State);
        Assert.False(transport.RecordEnabled);
    }

    [Fact]
    public void Record_WithPunchIn_WaitsForThePunchInPoint()
    {
        var transport = new Transport();
        transport.SetPunchRange(2 * Rate, 4 * Rate);
        transport.PunchIn = true;

        transport.Record();
        Assert.Equal(TransportState.Playing, transport.State);
        Assert.True(transport.RecordEnabled);

        transport.Advance(Seconds(1.5));
        Assert.Equal(TransportState.Playing, transport.State);

        transport.Advance(Seconds(0.5));
        Assert.Equal(TransportState.Recording, transport.State);

        transport.Advance(Seconds(10)); // no punch-out: keeps recording
        Assert.Equal(TransportState.Recording, transport.State);
    }

    [Fact]
    public void Record_WithPunchInAndOut_RecordsOnlyInsideTheRange()
    {
        var transport = new Transport();
        transport.SetPunchRange(1 * Rate, 2 * Rate);
        transport.PunchIn = true;
        transport.PunchOut = true;
        transport.Record();

        var states = new List<TransportState>();
        for (var i = 0; i < 6; i++)
        {
            transport.Advance(Seconds(0.5));
            states.Add(transport.State);
        }

        Assert.Equal(
            [TransportState.Playing, TransportState.Recording, TransportState.Recording,
             TransportState.Playing, TransportState.Playing, TransportState.Playing],
            states);
        Assert.True(transport.RecordEnabled);
    }

    [Fact]
    public void Record_WithPunchOutOnly_RecordsUntilThePunchOutPoint()
    {
        var transport = new Transport();
        transport.SetPunchRange(1 * Rate, 2 * Rate);
        transport.PunchOut = true;

        transport.Record();
        Assert.Equal(TransportState.Recording, transport.State);

        transport.Advance(Seconds(2));
        Assert.Equal(TransportState.Playing, transport.State);
    }

    [Fact]
    public void Locate_IntoThePunchRange_EngagesRecording()
    {
        var transport = new Transport();
        transport.SetPunchRange(10 * Rate, 20 * Rate);
        transport.PunchIn = true;
        transport.PunchOut = true;
        transport.Record();

        transport.Locate(15 * Rate);
        Assert.Equal(TransportState.Recording, transport.State);

        transport.Locate(25 * Rate);
        Assert.Equal(TransportState.Playing, transport.State);
    }

    [Fact]
    public void Punch_WithoutARange_IsIgnored()
    {
        var transport = new Transport { PunchIn = true, PunchOut = true };

        transport.Record();

        Assert.Equal(TransportState.Recording, transport.State);
    }

    [Fact]
    public void Punch_NotRolling_StaysStopped()
    {
        var transport = new Transport { PunchIn = true };
        transport.SetPunchRange(0, Rate);

        transport.Locate(100);

        Assert.Equal(TransportState.Stopped, transport.State);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 10)]
    [InlineData(10, 5)]
    public void SetPunchRange_Invalid_Throws(long start, long end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Transport().SetPunchRange(start, end));
    }

    [Fact]
    public void PunchIn_SwitchedOnWhileRecordingBeforeThePoint_DropsToPlayingAtOnce()
    {
        var transport = new Transport();
        transport.SetPunchRange(10 * Rate, 20 * Rate);
        transport.Record();

        transport.PunchIn = true;
        Assert.Equal(TransportState.Playing, transport.State);

        transport.PunchIn = false;
        Assert.Equal(TransportState.Recording, transport.State);
    }

    [Fact]
    public void PunchOut_SwitchedOnPastThePoint_DropsToPlaying()
    {
        var transport = new Transport();
        transport.SetPunchRange(0, Rate);
        transport.Locate(2 * Rate);
        transport.Record();

        transport.PunchOut = true;

        Assert.Equal(TransportState.Playing, transport.State);
        Assert.True(transport.RecordEnabled);
    }

    [Fact]
    public void SetPunchRange_WhileWaiting_EngagesWhenInside()
    {
        var transport = new Transport { PunchIn = true, PunchOut = true };
        transport.SetPunchRange(10 * Rate, 20 * Rate);
        transport.Locate(5 * Rate);
        transport.Record();
        Assert.Equal(TransportState.Playing, transport.State);

        transport.SetPunchRange(0, 10 * Rate);

        Assert.Equal(TransportState.Recording, transport.State);
    }
}

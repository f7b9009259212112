using CsCheck;
using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

/// <summary>Transport: state machine, advancing, locating, tempo and formatting.</summary>
public sealed class TransportTests
{
    private const int Rate = 48000;

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Fact]
    public void New_IsStoppedAtZero()
    {
        var transport = new Transport();

        Assert.Equal(TransportState.Stopped, transport.State);
        Assert.Equal(0, transport.PositionSamples);
        Assert.Equal(48000, transport.SampleRate);
        Assert.False(transport.RecordEnabled);
        Assert.Equal(0, transport.Speed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(768001)]
    public void New_BadSampleRate_Throws(int rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Transport(rate));
    }

    [Fact]
    public void Play_FromStopped_Rolls()
    {
        var transport = new Transport();

        Assert.True(transport.Play());

        Assert.Equal(TransportState.Playing, transport.State);
        Assert.True(transport.IsRolling);
        Assert.False(transport.Play());
    }

    [Fact]
    public void Stop_KeepsThePosition()
    {
        var transport = new Transport();
        transport.Play();
        transport.Advance(Seconds(2));

        Assert.True(transport.Stop());

        Assert.Equal(TransportState.Stopped, transport.State);
        Assert.Equal(2 * Rate, transport.PositionSamples);
        Assert.False(transport.Stop());
    }

    [Fact]
    public void Pause_HoldsAndResumes()
    {
        var transport = new Transport();
        transport.Play();

        Assert.True(transport.Pause());
        Assert.Equal(TransportState.Paused, transport.State);
        transport.Advance(Seconds(1));
        Assert.Equal(0, transport.PositionSamples);

        Assert.True(transport.Pause());
        Assert.Equal(TransportState.Playing, transport.State);
    }

    [Fact]
    public void Pause_WhenStopped_DoesNothing()
    {
        var transport = new Transport();
        Assert.False(transport.Pause());
        Assert.Equal(TransportState.Stopped, transport.State);
    }

    [Fact]
    public void Play_FromPaused_Resumes()
    {
        var transport = new Transport();
        transport.Play();
        transport.Pause();

        Assert.True(transport.Play());
        Assert.Equal(TransportState.Playing, transport.State);
    }

    [Fact]
    public void Pause_WhileRecording_ResumesRecording()
    {
        var transport = new Transport();
        transport.Record();
        transport.Pause();

        Assert.True(transport.RecordEnabled);
        transport.Play();

        Assert.Equal(TransportState.Recording, transport.State);
    }

    [Fact]
    public void Stop_WhileRecording_DropsRecordEnable()
    {
        var transport = new Transport();
        transport.Record();

        transport.Stop();

        Assert.False(transport.RecordEnabled);
        transport.Play();
        Assert.Equal(TransportState.Playing, transport.State);
    }

    [Fact]
    public void Advance_Playing_MovesAtNormalSpeed()
    {
        var transport = new Transport();
        transport.Play();

        Assert.True(transport.Advance(Seconds(1.5)));

        Assert.Equal(72000, transport.PositionSamples);
    }

    [Fact]
    public void Advance_Stopped_DoesNotMove()
    {
        var transport = new Transport();
        Assert.False(transport.Advance(Seconds(1)));
        Assert.Equal(0, transport.PositionSamples);
    }

    [Fact]
    public void Advance_NegativeOrZero_DoesNothing()
    {
        var transport = new Transport();
        transport.Play();
        Assert.False(transport.Advance(TimeSpan.Zero));
        Assert.False(transport.Advance(Seconds(-1)));
        Assert.Equal(0, transport.PositionSamples);
    }

    [Fact]
    public void Advance_ManySmallTicks_KeepsTheSubSampleRemainder()
    {
        var transport = new Transport(44100);
        transport.Play();

        // 1 ms at 44.1 kHz is 44.1 samples; 10,000 ticks must give exactly 441,000.
        for (var i = 0; i < 10_000; i++)
        {
            transport.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(441_000, transport.PositionSamples);
    }

    [Fact]
    public void Locate_MovesAndClampsAtZero()
    {
        var transport = new Transport();

        Assert.True(transport.Locate(12345));
        Assert.Equal(12345, transport.PositionSamples);
        Assert.False(transport.Locate(12345));
        transport.Locate(-50);
        Assert.Equal(0, transport.PositionSamples);
    }

    [Fact]
    public void Locate_WhileRolling_KeepsRolling()
    {
        var transport = new Transport();
        transport.Play();

        transport.Locate(Rate * 10);
        transport.Advance(Seconds(1));

        Assert.Equal(TransportState.Playing, transport.State);
        Assert.Equal(Rate * 11, transport.PositionSamples);
    }

    [Fact]
    public void SetState_MirrorsTheDaw()
    {
        var transport = new Transport { PunchIn = true };
        transport.SetPunchRange(Rate, 2 * Rate);

        Assert.True(transport.SetState(TransportState.Recording));
        Assert.Equal(TransportState.Recording, transport.State); // no punch rule for a mirrored state
        Assert.True(transport.RecordEnabled);
        Assert.False(transport.SetState(TransportState.Recording));

        transport.SetState(TransportState.Stopped);
        Assert.False(transport.RecordEnabled);
    }

    [Fact]
    public void Tempo_AndMeter_AreValidated()
    {
        var transport = new Transport();
        Assert.Throws<ArgumentOutOfRangeException>(() => transport.Tempo = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => transport.Tempo = double.NaN);
        Assert.Throws<ArgumentOutOfRangeException>(() => transport.Meter = new TimeSignature(4, 5));
        Assert.Equal(120.0, transport.Tempo);
        Assert.Equal(new TimeSignature(4, 4), transport.Meter);
    }

    [Fact]
    public void Formatting_FollowsPositionRateTempoAndMeter()
    {
        var transport = new Transport { TimecodeRate = TimecodeRate.Fps25, Tempo = 120, Meter = new TimeSignature(6, 8) };
        transport.Locate((61 * Rate) + (3 * 1920));

        Assert.Equal("00:01:01:03", transport.Timecode.ToString());
        Assert.Equal(TimecodeRate.Fps30, new Transport().TimecodeRate);

        transport.Locate(72000 + 12000);
        Assert.Equal("002|02|0000", transport.BarsBeatsTicks.ToString());
    }

    [Fact]
    public void RandomCommands_KeepTheInvariants()
    {
        Gen.Int[0, 11].Array[1, 60].Sample(commands =>
        {
            var transport = new Transport { PunchIn = true, PunchOut = true, Loop = true };
            transport.SetPunchRange(Rate, 3 * Rate);
            transport.SetLoopRange(0, 4 * Rate);
            foreach (var command in commands)
            {
                _ = command switch
                {
                    0 => transport.Play(),
                    1 => transport.Stop(),
                    2 => transport.Pause(),
                    3 => transport.Record(),
                    4 => transport.Rewind(true),
                    5 => transport.Rewind(false),
                    6 => transport.FastForward(true),
                    7 => transport.FastForward(false),
                    8 => transport.Locate(transport.PositionSamples - Rate),
                    9 => transport.NextMarker() | transport.AddMarker() is null,
                    _ => transport.Advance(TimeSpan.FromMilliseconds(370)),
                };

                Assert.True(transport.PositionSamples >= 0);
                var inPunch = transport.PunchRange.Contains(transport.PositionSamples);
                Assert.Equal(transport.IsRolling && transport.RecordEnabled && inPunch, transport.State == TransportState.Recording);
                Assert.False(transport.State == TransportState.Recording && transport.Speed != 1);
                Assert.False(transport.State == TransportState.Stopped && transport.RecordEnabled);
                Assert.True(transport.Speed == 0 || transport.IsRolling || transport.IsRewinding || transport.IsFastForwarding);
            }
        }, iter: 2000);
    }
}

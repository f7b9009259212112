using CsCheck;
using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

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
    public void Loop_OneTickAcrossTheWholeRange_StillWraps()
    {
        var transport = new Transport { Loop = true };
        transport.SetLoopRange(Rate, 2 * Rate);
        transport.Play();

        transport.Advance(Seconds(2.25));

        Assert.Equal(Rate * 5 / 4, transport.PositionSamples);
    }

    [Fact]
    public void AddMarker_AtThePlayhead_NamesItInOrder()
    {
        var transport = new Transport();
        transport.Locate(Rate);

        var first = transport.AddMarker();
        transport.Locate(3 * Rate);
        var named = transport.AddMarker("Chorus");

        Assert.Equal(new Marker(Rate, "Marker 1"), first);
        Assert.Equal(new Marker(3 * Rate, "Chorus"), named);
        Assert.Equal([first, named], transport.Markers);
    }

    [Fact]
    public void AddMarker_WhereOneExists_ReturnsIt()
    {
        var transport = new Transport();
        var first = transport.AddMarker("Intro");

        var again = transport.AddMarker("Other");

        Assert.Same(first, again);
        Assert.Single(transport.Markers);
    }

    [Fact]
    public void NextMarker_LocatesToTheFirstAfterThePlayhead()
    {
        var transport = MarkedTransport();
        transport.Locate(3 * Rate);

        Assert.True(transport.NextMarker());
        Assert.Equal(4 * Rate, transport.PositionSamples);
        Assert.True(transport.NextMarker());
        Assert.Equal(8 * Rate, transport.PositionSamples);
        Assert.False(transport.NextMarker());
        Assert.Equal(8 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void PreviousMarker_LocatesToTheLastBeforeThePlayhead()
    {
        var transport = MarkedTransport();
        transport.Locate(6 * Rate);

        Assert.True(transport.PreviousMarker());
        Assert.Equal(4 * Rate, transport.PositionSamples);
        Assert.True(transport.PreviousMarker());
        Assert.Equal(2 * Rate, transport.PositionSamples);
        Assert.False(transport.PreviousMarker());
        Assert.Equal(2 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void PreviousMarker_JustAfterAMarker_GoesToTheOneBefore()
    {
        var transport = MarkedTransport();
        transport.Locate(4 * Rate);
        transport.Play();
        transport.Advance(Seconds(0.4)); // within the 0.5 s tolerance of the marker at 4 s

        transport.PreviousMarker();

        Assert.Equal(2 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void PreviousMarker_PastTheTolerance_GoesToTheMarkerJustPassed()
    {
        var transport = MarkedTransport();
        transport.Locate((4 * Rate) + (Rate / 2) + 1);

        transport.PreviousMarker();

        Assert.Equal(4 * Rate, transport.PositionSamples);
    }

    [Fact]
    public void PreviousMarker_ZeroTolerance_GoesToTheMarkerJustPassed()
    {
        var transport = MarkedTransport();
        transport.PreviousMarkerTolerance = TimeSpan.Zero;
        transport.Locate((4 * Rate) + 1);

        transport.PreviousMarker();

        Assert.Equal(4 * Rate, transport.PositionSamples);
        Assert.Throws<ArgumentOutOfRangeException>(() => transport.PreviousMarkerTolerance = TimeSpan.FromSeconds(-1));
    }

    [Fact]
    public void RemoveMarker_TakesItOut()
    {
        var transport = MarkedTransport();

        Assert.True(transport.RemoveMarker(4 * Rate));
        Assert.False(transport.RemoveMarker(4 * Rate));
        Assert.Equal(2, transport.Markers.Count);
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

    private static Transport MarkedTransport()
    {
        var transport = new Transport();
        foreach (var seconds in new[] { 8, 2, 4 })
        {
            transport.Locate(seconds * Rate);
            transport.AddMarker();
        }

        transport.Locate(0);
        return transport;
    }
}

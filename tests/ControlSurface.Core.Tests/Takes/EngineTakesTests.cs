using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Model;
using ControlSurface.Core.Pads;
using ControlSurface.Core.Surfaces;
using ControlSurface.Core.Takes;
using ControlSurface.Core.Tests.Engine;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Takes;

public sealed class EngineTakesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly BridgeEngine _engine;
    private readonly RecordingSurface _board = new(RecordingSurface.Board());
    private readonly RecordingTarget _target = new();
    private readonly InMemoryTakeSheet _sheet = new();
    private readonly EngineTakes _takes;

    public EngineTakesTests()
    {
        _engine = new BridgeEngine(new EngineOptions(), _time);
        _engine.AddSurface(_board, StandardBoard.Mapping(8, 16, 8));
        _engine.AddTarget(_target);
        _takes = new EngineTakes(_engine, _sheet);
    }

    private void Pad(int pad, double velocity = 0.8) =>
        _engine.Process(EngineInput.FromControl(new ControlEvent(0, ControlEventKind.PadHit, pad, velocity)));

    private void Press(int pad, double pressure) =>
        _engine.Process(EngineInput.FromControl(new ControlEvent(0, ControlEventKind.PadPressure, pad, pressure)));

    private void Tick(double seconds)
    {
        _time.Advance(TimeSpan.FromSeconds(seconds));
        _engine.Process(EngineInput.Tick());
    }

    [Fact]
    public void PadsArmAndRecord_RollTheBuiltInTransportInRecord_AndStampTheTakeWithEngineTime()
    {
        _engine.Mixer.Strips[4].RecArm = true;
        Tick(1);

        Pad(0);
        Pad(1);

        Assert.Equal(TransportState.Recording, _engine.Transport.State);
        var take = _sheet.Load().Takes.Single();
        Assert.Equal((Start.AddSeconds(1), 0L), (take.StartedAt, take.StartSample));
        Assert.Equal([4], take.ArmedTracks);
        Assert.Contains(_target.Changes, c => c.Address.Parameter == Parameter.Record && c.Origin == Origin.Engine);
        Assert.Equal(1, _takes.TakesStarted);
    }

    [Fact]
    public void RecordPadAgain_StopsAndKeeps_WithTheEndWhereTheTransportGot()
    {
        Pad(0);
        Pad(1);
        Tick(2);

        Pad(1);

        var take = _sheet.Load().Takes.Single();
        Assert.Equal(TransportState.Stopped, _engine.Transport.State);
        Assert.Equal((TakeStatus.Complete, 96_000L), (take.Status, take.EndSample));
    }

    [Fact]
    public void PlayLastPad_LocatesToTheTakeStartAndPlays()
    {
        Tick(1);
        Pad(0);
        Pad(1);
        Tick(3);
        Pad(1);

        Pad(3);

        Assert.Equal(TransportState.Playing, _engine.Transport.State);
        Assert.Equal(_sheet.Load().Takes[0].StartSample, _engine.Transport.PositionSamples);
    }

    [Fact]
    public void SoftHitUnderThePadThreshold_DoesNothing()
    {
        Pad(0, velocity: 0.01);

        Assert.False(_takes.Session.Armed);
        Assert.Equal(1, _takes.Unused);
    }

    [Fact]
    public void PressureOnlyPads_CrossingTheThreshold_ArmAndRecord()
    {
        // A force-sensing pad: pressure rises through the threshold, is held, and is let go; no note-on velocity.
        foreach (var p in new[] { 0.02, 0.3, 0.9, 0.0 })
            Press(0, p);
        foreach (var p in new[] { 0.5, 0.7, 0.0 })
            Press(1, p);

        Assert.True(_takes.Session.Armed);
        Assert.Equal(TransportState.Recording, _engine.Transport.State);
        Assert.Equal((2, 0L), (_takes.Applied, _takes.Unused));
    }

    [Fact]
    public void PressureUnderTheThreshold_LetGo_IsOneUnusedPress()
    {
        foreach (var p in new[] { 0.01, 0.03, 0.02, 0.0 })
            Press(0, p);

        Assert.False(_takes.Session.Armed);
        Assert.Equal(1, _takes.Unused);
    }

    [Fact]
    public void AftertouchAfterAHit_DoesNotStrikeAgain()
    {
        Pad(0);
        Press(0, 0.9);
        Press(0, 0.4);

        Assert.Equal(1, _takes.Applied);
        Assert.True(_takes.Session.Armed);
    }

    [Fact]
    public void RecordingTake_BlinksTheRecordPadLedRed_NumberedAfterTheButtons()
    {
        Pad(0);
        Pad(1);

        var led = _board.Sent.Last(c => c.Kind == FeedbackKind.Led && c.Control == StandardBoard.ButtonCount(8) + 1);
        Assert.Equal((0.5, PadLedPalette.Default.Recording), (led.Value, led.Color));
    }

    [Fact]
    public void SurfaceAddedAfterAttach_GetsTheTakePadLedsOnTheNextTick()
    {
        // A configuration reload adds a second pad board while a take is recording.
        Pad(0);
        Pad(1);
        var late = new RecordingSurface(RecordingSurface.Board(4), "late pads");
        _engine.AddSurface(late, StandardBoard.Mapping(4, 16, 4));

        Tick(0.01);

        var buttons = StandardBoard.ButtonCount(4);
        var arm = late.Sent.Last(c => c.Kind == FeedbackKind.Led && c.Control == buttons + 0);
        var record = late.Sent.Last(c => c.Kind == FeedbackKind.Led && c.Control == buttons + 1);
        Assert.Equal((1.0, PadLedPalette.Default.Armed), (arm.Value, arm.Color));
        Assert.Equal((0.5, PadLedPalette.Default.Recording), (record.Value, record.Color));
    }

    [Fact]
    public void RecordWithoutArm_IsIgnoredAndCounted()
    {
        Pad(1);

        Assert.Equal(TransportState.Stopped, _engine.Transport.State);
        Assert.Equal(1, _takes.Ignored);
        Assert.Contains("not armed", _takes.Last!.Value.Message, StringComparison.Ordinal);
    }
}

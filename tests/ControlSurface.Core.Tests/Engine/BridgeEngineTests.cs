using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Model;
using ControlSurface.Core.Surfaces;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Engine;

public sealed class BridgeEngineTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly BridgeEngine _engine;
    private readonly RecordingSurface _board = new(RecordingSurface.Board());
    private readonly RecordingTarget _target = new();
    private readonly int _surface;
    private readonly int _targetIndex;

    public BridgeEngineTests()
    {
        _engine = new BridgeEngine(new EngineOptions { StripNames = ["Kick", "Snare"] }, _time);
        _surface = _engine.AddSurface(_board, StandardBoard.Mapping(8, 16, 8));
        _targetIndex = _engine.AddTarget(_target);
    }

    private void Control(ControlEventKind kind, int control, double value = 1) =>
        _engine.Process(EngineInput.FromControl(new ControlEvent(_surface, kind, control, value)));

    private void Click(int button)
    {
        Control(ControlEventKind.ButtonDown, button);
        Control(ControlEventKind.ButtonUp, button, 0);
    }

    [Fact]
    public void New_Engine_HasDefaultStripsWithNames()
    {
        Assert.Equal(32, _engine.Mixer.Strips.Count);
        Assert.Equal("Kick", _engine.Mixer.Strips[0].Name);
        Assert.Equal("Ch 3", _engine.Mixer.Strips[2].Name);
    }

    [Fact]
    public void TimeDisplayFromTheDaw_SetsTheTransportDisplay_AndPublishesOnlyChanges()
    {
        var other = new RecordingTarget();
        _engine.AddTarget(other);

        _engine.Process(EngineInput.TargetUpdate(_targetIndex, new ModelAddress(Parameter.TimeDisplay, 9), '4'));
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, new ModelAddress(Parameter.TimeDisplay, 9), '4'));
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, new ModelAddress(Parameter.TimeDisplay, 2), ' ' | TransportDisplay.DotFlag));
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, new ModelAddress(Parameter.TimeDisplayMode), (int)TimeDisplayMode.Timecode));
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, new ModelAddress(Parameter.AssignmentDisplay, 0), 'M'));

        Assert.Equal("   .      4", _engine.Transport.Display.Time);
        Assert.Equal(TimeDisplayMode.Timecode, _engine.Transport.Display.Mode);
        Assert.Equal("M ", _engine.Transport.Display.Assignment);
        Assert.Equal(4, other.Changes.Count);
    }

    [Fact]
    public void TimeDisplayMode_Undefined_IsRejected()
    {
        var before = _engine.Counters.RejectedInputs;

        _engine.Process(EngineInput.TargetUpdate(_targetIndex, new ModelAddress(Parameter.TimeDisplayMode), 7));

        Assert.Equal(before + 1, _engine.Counters.RejectedInputs);
        Assert.Equal(TimeDisplayMode.Unknown, _engine.Transport.Display.Mode);
    }

    [Fact]
    public void FaderMoved_SetsBankedStripAndTellsTarget_WithSurfaceOrigin()
    {
        Click(StandardBoard.BankRight);

        Control(ControlEventKind.FaderTouched, 2);
        Control(ControlEventKind.FaderMoved, 2, 0.5);

        Assert.Equal(FaderPosition.FromNormalized(0.5), _engine.Mixer.Strips[10].Fader);
        var change = Assert.Single(_target.Changes, c => c.Address.Parameter == Parameter.Fader);
        Assert.Equal(ModelAddress.Fader(10), change.Address);
        Assert.Equal(Origin.Surface(_surface), change.Origin);
    }

    [Fact]
    public void FaderMoved_IsNotDrivenBackAtTheSameSurface()
    {
        Control(ControlEventKind.FaderMoved, 0, 0.3);

        Assert.DoesNotContain(_board.Sent, c => c.Kind == FeedbackKind.FaderTarget);
    }

    [Fact]
    public void TargetUpdate_DrivesUntouchedFader_ButNotTheTargetItself()
    {
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, ModelAddress.Fader(1), 0.25));

        var sent = Assert.Single(_board.Sent, c => c.Kind == FeedbackKind.FaderTarget);
        Assert.Equal(1, sent.Control);
        Assert.Equal(FaderPosition.FromNormalized(0.25).Normalized, sent.Value);
        Assert.Empty(_target.Changes);
    }

    [Fact]
    public void TargetUpdate_NeverDrivesATouchedFader_AndReleaseGoesToModelValue()
    {
        Control(ControlEventKind.FaderTouched, 1);
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, ModelAddress.Fader(1), 0.75));
        Assert.DoesNotContain(_board.Sent, c => c.Kind == FeedbackKind.FaderTarget);

        Control(ControlEventKind.FaderReleased, 1, 0);

        var sent = Assert.Single(_board.Sent, c => c.Kind == FeedbackKind.FaderTarget);
        Assert.Equal(FaderPosition.FromNormalized(0.75).Normalized, sent.Value, 6);
    }

    [Fact]
    public void MuteButton_TogglesStripMute_AndLightsItsLed()
    {
        var mute = StandardBoard.StripButton(Parameter.Mute, 3, 8);

        Click(mute);
        Assert.True(_engine.Mixer.Strips[3].Mute);
        Assert.Contains(FeedbackCommand.Led(mute, 1), _board.Sent);

        Click(mute);
        Assert.False(_engine.Mixer.Strips[3].Mute);
        Assert.Equal(FeedbackCommand.Led(mute, 0), _board.Sent[^1]);
    }

    [Fact]
    public void PlayButton_RollsTransport_AndTicksAdvancePosition()
    {
        Click(StandardBoard.Play);
        Assert.Equal(TransportState.Playing, _engine.Transport.State);

        _time.Advance(TimeSpan.FromMilliseconds(500));
        _engine.Process(EngineInput.Tick());

        Assert.Equal(24_000, _engine.Transport.PositionSamples);
        Assert.Contains(_target.Changes, c => c.Address.Parameter == Parameter.Play);
    }

    [Fact]
    public void TargetTransportState_IsMirrored_AndLightsTransportLeds()
    {
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, new ModelAddress(Parameter.TransportState), (int)TransportState.Recording));

        Assert.Equal(TransportState.Recording, _engine.Transport.State);
        Assert.Contains(FeedbackCommand.Led(StandardBoard.Record, 1), _board.Sent);
        Assert.Contains(FeedbackCommand.Led(StandardBoard.Play, 1), _board.Sent);
    }

    [Fact]
    public void TargetTransportState_OutOfRange_IsRejected()
    {
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, new ModelAddress(Parameter.TransportState), 42));

        Assert.Equal(TransportState.Stopped, _engine.Transport.State);
        Assert.Equal(1, _engine.Counters.RejectedInputs);
    }

    [Fact]
    public void BankButtons_ClampAndResendWhatTheSurfaceShows()
    {
        Click(StandardBoard.BankLeft);
        Assert.Equal(0, _engine.Surfaces[_surface].Bank.Offset);
        Assert.Equal(0, _engine.Counters.BankChanges);

        Click(StandardBoard.BankRight);

        Assert.Equal(8, _engine.Surfaces[_surface].Bank.Offset);
        Assert.Equal(1, _engine.Counters.BankChanges);
        Assert.Equal(8, _board.Sent.Count(c => c.Kind == FeedbackKind.FaderTarget));
        Assert.Contains(_board.Sent, c => c.Kind == FeedbackKind.Text && c.Text == "Ch 9");
    }

    [Fact]
    public void EncoderTurn_MovesPanByStepsAndClamps()
    {
        Control(ControlEventKind.EncoderTurned, 0, 16);
        Assert.Equal(0.25, _engine.Mixer.Strips[0].Pan, 6);

        Control(ControlEventKind.EncoderTurned, 0, 1000);
        Assert.Equal(1, _engine.Mixer.Strips[0].Pan);
    }

    [Fact]
    public void PadHit_GoesToTakeActions_WithVelocity()
    {
        ControlEvent? seen = null;
        _engine.TakeActions = e => seen = e;

        Control(ControlEventKind.PadHit, 5, 0.8);

        Assert.Equal((ControlEventKind.PadHit, 5, 0.8), (seen?.Kind, seen?.Control, seen?.Value));
    }

    [Fact]
    public void PadPressure_GoesToTakeActions_ForPressureOnlyPads()
    {
        ControlEvent? seen = null;
        _engine.TakeActions = e => seen = e;

        Control(ControlEventKind.PadPressure, 5, 0.4);

        Assert.Equal((ControlEventKind.PadPressure, 5, 0.4), (seen?.Kind, seen?.Control, seen?.Value));
    }

    [Fact]
    public void UnknownSurfaceOrControl_IsCountedNotThrown()
    {
        _engine.Process(EngineInput.FromControl(new ControlEvent(7, ControlEventKind.FaderMoved, 0, 0.5)));
        Control(ControlEventKind.FaderMoved, 99, 0.5);
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, ModelAddress.Fader(500), 0.5));

        Assert.Equal(2, _engine.Counters.RejectedInputs);
        Assert.Equal(1, _engine.Counters.UnmappedControls);
    }

    [Fact]
    public void FirstSurfaceStatus_SyncsEverythingTheSurfaceShows()
    {
        _engine.Process(EngineInput.SurfaceStatus(_surface, connected: true, "{\"framesIn\":1}"));

        Assert.True(_engine.Surfaces[_surface].Connected);
        Assert.Equal("{\"framesIn\":1}", _engine.Surfaces[_surface].CountersJson);
        Assert.Equal(8, _board.Sent.Count(c => c.Kind == FeedbackKind.FaderTarget));
    }

    [Fact]
    public void Journal_SeesEveryInputBeforeItIsApplied()
    {
        var journal = new ListJournal();
        _engine.Journal = journal;

        Control(ControlEventKind.FaderMoved, 0, 0.4);
        _time.Advance(TimeSpan.FromMilliseconds(10));
        _engine.Process(EngineInput.Tick());

        Assert.Equal(2, journal.Records.Count);
        Assert.Equal(_time.GetUtcNow(), journal.Records[1].At);
    }

    [Fact]
    public async Task RunAsync_AppliesPostedInputsAndTicksOnTheTimer()
    {
        using var cts = new CancellationTokenSource();
        var ticked = new TaskCompletionSource();
        _engine.Ticked += _ => ticked.TrySetResult();
        var loop = _engine.RunAsync(cts.Token);

        Assert.True(_engine.Post(EngineInput.FromControl(new ControlEvent(_surface, ControlEventKind.FaderTouched, 0, 1))));
        Assert.True(_engine.Post(EngineInput.FromControl(new ControlEvent(_surface, ControlEventKind.FaderMoved, 0, 0.6))));
        _time.Advance(TimeSpan.FromMilliseconds(10));
        await ticked.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await cts.CancelAsync();
        await loop;

        Assert.Equal(FaderPosition.FromNormalized(0.6), _engine.Mixer.Strips[0].Fader);
        Assert.True(_engine.Counters.Ticks >= 1);
    }

    [Fact]
    public void TargetEcho_OffByRounding_IsNotDrivenBack_AndCounted()
    {
        Control(ControlEventKind.FaderTouched, 0);
        Control(ControlEventKind.FaderMoved, 0, 0.4);
        _time.Advance(TimeSpan.FromMilliseconds(30));
        _engine.Process(EngineInput.Tick());
        Control(ControlEventKind.FaderMoved, 0, 0.5);

        // Ardour's echo can come back a step or two off after its own 14-bit rounding.
        _engine.Process(EngineInput.TargetUpdate(_targetIndex, ModelAddress.Fader(0), 0.5 + (2.0 / 16383)));

        Assert.DoesNotContain(_board.Sent, c => c.Kind == FeedbackKind.FaderTarget);
        Assert.Equal(1, _engine.Feedback.Stage(_surface).Counters.EchoesSuppressed);
    }

    [Fact]
    public void TargetFlood_IsCoalescedToTheFeedbackRate()
    {
        for (var i = 0; i < 100; i++)
        {
            _engine.Process(EngineInput.TargetUpdate(_targetIndex, ModelAddress.Fader(2), 0.3 + (i * 0.001)));
            _time.Advance(TimeSpan.FromMilliseconds(0.5));
            _engine.Process(EngineInput.Tick());
        }

        var targets = _board.Sent.Count(c => c.Kind == FeedbackKind.FaderTarget);
        Assert.InRange(targets, 1, 6);
        Assert.True(_engine.Feedback.Stage(_surface).Counters.Coalesced > 90);
    }

    private sealed class ListJournal : IEngineJournal
    {
        public List<(DateTimeOffset At, EngineInput Input)> Records { get; } = [];

        public void Record(DateTimeOffset at, in EngineInput input) => Records.Add((at, input));
    }
}

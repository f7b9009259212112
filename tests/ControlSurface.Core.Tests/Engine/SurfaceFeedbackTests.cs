using ControlSurface.Core.Engine;
using ControlSurface.Core.Feedback;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Model;
using ControlSurface.Core.Surfaces;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Engine;

public sealed class SurfaceFeedbackTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly BridgeEngine _engine;
    private readonly RecordingSurface _board = new(RecordingSurface.Board(faders: 3));
    private readonly int _surface;
    private readonly int _target;

    public SurfaceFeedbackTests()
    {
        // Two strip faders and, as fader 2, a master fader (a Mackie unit's fader 9, an X-Touch Mini's fader).
        _engine = new BridgeEngine(new EngineOptions { StripCount = 8 }, _time);
        _surface = _engine.AddSurface(_board, new SurfaceMapping(
        [
            new(ControlKind.Fader, 0, Parameter.Fader, 0, BankRelative: true),
            new(ControlKind.Fader, 1, Parameter.Fader, 1, BankRelative: true),
            new(ControlKind.Fader, 2, Parameter.Fader, ModelAddress.Master),
        ]));
        _target = _engine.AddTarget(new RecordingTarget());
    }

    [Fact]
    public void MasterLevelFromTheDaw_DrivesTheMasterFader()
    {
        _engine.Process(EngineInput.TargetUpdate(_target, ModelAddress.Fader(ModelAddress.Master), 0.25));

        var sent = Assert.Single(_board.Sent, c => c.Kind == FeedbackKind.FaderTarget);
        Assert.Equal((2, FaderPosition.FromNormalized(0.25).Normalized), (sent.Control, sent.Value));
    }

    [Fact]
    public void MasterFaderMovedByHand_IsNotDrivenBack()
    {
        _engine.Process(EngineInput.FromControl(new ControlEvent(_surface, ControlEventKind.FaderTouched, 2, 1)));
        _engine.Process(EngineInput.FromControl(new ControlEvent(_surface, ControlEventKind.FaderMoved, 2, 0.6)));

        Assert.Equal(FaderPosition.FromNormalized(0.6), _engine.Mixer.Master.Fader);
        Assert.DoesNotContain(_board.Sent, c => c.Kind == FeedbackKind.FaderTarget);
    }

    [Fact]
    public void Connect_SendsTheMasterLevelWithTheStrips()
    {
        _engine.Process(EngineInput.TargetUpdate(_target, ModelAddress.Fader(ModelAddress.Master), 0.5));
        _board.Sent.Clear();

        _engine.Process(EngineInput.SurfaceStatus(_surface, connected: true, "{}"));
        for (var i = 0; i < 200; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(10));
            _engine.Process(EngineInput.Tick());
        }

        var master = _board.Sent.Where(c => c.Kind == FeedbackKind.FaderTarget && c.Control == 2).Select(c => c.Value).LastOrDefault(double.NaN);
        Assert.Equal(FaderPosition.FromNormalized(0.5).Normalized, master, 3);
    }

    [Fact]
    public void StripColour_ReachesASurfaceWithADisplay()
    {
        _engine.Process(EngineInput.TargetUpdate(_target, new ModelAddress(Parameter.Color, 1), 0xFF8000));

        var sent = Assert.Single(_board.Sent, c => c.Kind == FeedbackKind.StripColor);
        Assert.Equal((1, 0xFF8000), (sent.Control, (int)sent.Value));
    }

    [Fact]
    public void ValueText_ReachesTheSecondLineOfATwoLineDisplay()
    {
        _engine.Process(EngineInput.TargetUpdate(_target, new ModelAddress(Parameter.ValueText, 1), 0, "L50R50"));

        var sent = Assert.Single(_board.Sent, c => c.Kind == FeedbackKind.Text && c.Text == "L50R50");
        Assert.Equal((1, 1), (sent.Control, sent.Color));
        Assert.Equal("L50R50", _engine.Mixer.Strips[1].ValueText);
    }

    [Fact]
    public void ValueText_OneLineDisplay_GetsNothing()
    {
        var engine = new BridgeEngine(new EngineOptions { StripCount = 8 }, _time);
        var board = new RecordingSurface(RecordingSurface.Board() with { DisplayLines = 1 });
        engine.AddSurface(board, StandardBoard.Mapping(8, 16, 8));
        var target = engine.AddTarget(new RecordingTarget());

        engine.Process(EngineInput.TargetUpdate(target, new ModelAddress(Parameter.ValueText, 0), 0, "-5.9"));

        Assert.Equal("-5.9", engine.Mixer.Strips[0].ValueText);
        Assert.DoesNotContain(board.Sent, c => c.Kind == FeedbackKind.Text && c.Text == "-5.9");
    }

    [Fact]
    public void ValueText_IsResentWithTheNameOnABankMove()
    {
        var (engine, board, surface, target) = StandardBoard8();
        engine.Process(EngineInput.TargetUpdate(target, new ModelAddress(Parameter.ValueText, 9), 0, "Pan"));
        board.Sent.Clear();

        engine.Process(EngineInput.FromControl(new ControlEvent(surface, ControlEventKind.ButtonDown, Mapping.StandardBoard.BankRight, 1)));

        var sent = Assert.Single(board.Sent, c => c.Kind == FeedbackKind.Text && c.Text == "Pan");
        Assert.Equal((1, 1), (sent.Control, sent.Color));
    }

    private (BridgeEngine Engine, RecordingSurface Board, int Surface, int Target) StandardBoard8()
    {
        var engine = new BridgeEngine(new EngineOptions(), _time);
        var board = new RecordingSurface(RecordingSurface.Board());
        var surface = engine.AddSurface(board, StandardBoard.Mapping(8, 16, 8));
        return (engine, board, surface, engine.AddTarget(new RecordingTarget()));
    }

    private static DeviceCalibration ZeroDbAt600() =>
        DeviceCalibration.Parse("fullscale 1023; zerodb 0.75; " + string.Join("; ", Enumerable.Range(0, 8).Select(i => $"fader {i} 0 1023 600")));

    [Fact]
    public void Configure_WithACalibration_DrivesTheZeroDbMarkToItsRawPosition()
    {
        var (engine, board, surface, target) = StandardBoard8();
        engine.Feedback.Configure(surface, new FeedbackOptions(), ZeroDbAt600());

        engine.Process(EngineInput.TargetUpdate(target, ModelAddress.Fader(1), 0.75));

        var sent = Assert.Single(board.Sent, c => c.Kind == FeedbackKind.FaderTarget);
        Assert.InRange(sent.Value, (600 - 1) / 1023.0, (600 + 1) / 1023.0);
    }

    [Fact]
    public void Configure_WithACalibration_HandAtTheMarkIsZeroDbInTheModel()
    {
        var (engine, _, surface, _) = StandardBoard8();
        engine.Feedback.Configure(surface, new FeedbackOptions(), ZeroDbAt600());

        engine.Process(EngineInput.FromControl(new ControlEvent(surface, ControlEventKind.FaderTouched, 2, 1)));
        engine.Process(EngineInput.FromControl(new ControlEvent(surface, ControlEventKind.FaderMoved, 2, 600 / 1023.0)));

        Assert.Equal(0.75, engine.Mixer.Strips[2].Fader.Normalized, 3);
    }

    [Fact]
    public void Configure_AfterTheStageWasMade_ReplacesItWithTheNewOptions()
    {
        var (engine, _, surface, _) = StandardBoard8();
        _ = engine.Feedback.Stage(surface);
        var options = new FeedbackOptions { TouchDebounce = TimeSpan.FromMilliseconds(35), MotorSpeed = 2 };

        engine.Feedback.Configure(surface, options);

        Assert.Same(options, engine.Feedback.Stage(surface).Options);
        Assert.Same(options, engine.Surfaces[surface].FeedbackOptions);
    }

    [Fact]
    public void Configure_CalibrationForTooFewFaders_Throws()
    {
        var (engine, _, surface, _) = StandardBoard8();
        var two = DeviceCalibration.Parse("fader 0 0 1023; fader 1 0 1023");

        Assert.Throws<ArgumentException>(() => engine.Feedback.Configure(surface, new FeedbackOptions(), two));
    }
}

using ControlSurface.Core.Engine;
using ControlSurface.Core.Feedback;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Engine;

public sealed class SurfaceFeedbackTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly BridgeEngine _engine;
    private readonly RecordingSurface _board = new(RecordingSurface.Board());
    private readonly int _surface;
    private readonly int _target;

    public SurfaceFeedbackTests()
    {
        _engine = new BridgeEngine(new EngineOptions(), _time);
        _surface = _engine.AddSurface(_board, StandardBoard.Mapping(8, 16, 8));
        _target = _engine.AddTarget(new RecordingTarget());
    }

    private static DeviceCalibration ZeroDbAt600() =>
        DeviceCalibration.Parse("fullscale 1023; zerodb 0.75; " + string.Join("; ", Enumerable.Range(0, 8).Select(i => $"fader {i} 0 1023 600")));

    [Fact]
    public void Configure_WithACalibration_DrivesTheZeroDbMarkToItsRawPosition()
    {
        _engine.Feedback.Configure(_surface, new FeedbackOptions(), ZeroDbAt600());

        _engine.Process(EngineInput.TargetUpdate(_target, ModelAddress.Fader(1), 0.75));

        var sent = Assert.Single(_board.Sent, c => c.Kind == FeedbackKind.FaderTarget);
        Assert.InRange(sent.Value, (600 - 1) / 1023.0, (600 + 1) / 1023.0);
    }

    [Fact]
    public void Configure_WithACalibration_HandAtTheMarkIsZeroDbInTheModel()
    {
        _engine.Feedback.Configure(_surface, new FeedbackOptions(), ZeroDbAt600());

        _engine.Process(EngineInput.FromControl(new ControlEvent(_surface, ControlEventKind.FaderTouched, 2, 1)));
        _engine.Process(EngineInput.FromControl(new ControlEvent(_surface, ControlEventKind.FaderMoved, 2, 600 / 1023.0)));

        Assert.Equal(0.75, _engine.Mixer.Strips[2].Fader.Normalized, 3);
    }

    [Fact]
    public void Configure_AfterTheStageWasMade_ReplacesItWithTheNewOptions()
    {
        _ = _engine.Feedback.Stage(_surface);
        var options = new FeedbackOptions { TouchDebounce = TimeSpan.FromMilliseconds(35), MotorSpeed = 2 };

        _engine.Feedback.Configure(_surface, options);

        Assert.Same(options, _engine.Feedback.Stage(_surface).Options);
        Assert.Same(options, _engine.Surfaces[_surface].FeedbackOptions);
    }

    [Fact]
    public void Configure_CalibrationForTooFewFaders_Throws()
    {
        var two = DeviceCalibration.Parse("fader 0 0 1023; fader 1 0 1023");

        Assert.Throws<ArgumentException>(() => _engine.Feedback.Configure(_surface, new FeedbackOptions(), two));
    }
}

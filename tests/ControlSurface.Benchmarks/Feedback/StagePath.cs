using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Benchmarks.Feedback;

/// <summary>The load straight into a <see cref="FeedbackStage"/>, doing what the engine does with its answers.</summary>
internal sealed class StagePath : IFeedbackPath, IFeedbackSink
{
    private readonly FeedbackStage _stage;

    public StagePath(ManualClock clock)
    {
        var layout = new SurfaceLayout(FeedbackLoad.Faders, MotorizedFaders: true, TouchSensing: true, Pads: 16, Buttons: 64, Encoders: 32, DisplayLines: 2, DisplayCharacters: 7);
        _stage = new FeedbackStage(layout, new FeedbackOptions(), this, clock);
    }

    public long Commands { get; private set; }

    public FeedbackStage Stage => _stage;

    public void Hand(int fader, double position)
    {
        if (_stage.OnControl(new ControlEvent(0, ControlEventKind.FaderMoved, fader, position), out var forward))
            _stage.OnModelValue(fader, forward.Value, fromThisSurface: true);
    }

    public void Touch(int fader, bool down) =>
        _stage.OnControl(new ControlEvent(0, down ? ControlEventKind.FaderTouched : ControlEventKind.FaderReleased, fader, down ? 1 : 0), out _);

    public void Target(int strip, double value) => _stage.OnModelValue(strip, value, fromThisSurface: false);

    public void Tick() => _stage.Tick();

    public void Send(in FeedbackCommand command) => Commands++;

    public void TouchChanged(int fader, bool touched)
    {
    }
}

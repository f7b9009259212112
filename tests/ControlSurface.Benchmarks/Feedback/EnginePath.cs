using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Benchmarks.Feedback;

/// <summary>The load through <see cref="BridgeEngine.Process"/>: routing, model, targets and the feedback stage.</summary>
internal sealed class EnginePath : IFeedbackPath, ISurface, ITarget
{
    private readonly BridgeEngine _engine;
    private readonly int _surface;
    private readonly int _target;

    public EnginePath(ManualClock clock)
    {
        _engine = new BridgeEngine(new EngineOptions { StripCount = FeedbackLoad.Faders }, clock);
        Layout = new SurfaceLayout(FeedbackLoad.Faders, MotorizedFaders: true, TouchSensing: true, Pads: 16, Buttons: StandardBoard.ButtonCount(FeedbackLoad.Faders), Encoders: FeedbackLoad.Faders, DisplayLines: 2, DisplayCharacters: 7);
        _surface = _engine.AddSurface(this, StandardBoard.Mapping(FeedbackLoad.Faders, 16, FeedbackLoad.Faders));
        _target = _engine.AddTarget(this);
    }

    public long Commands { get; private set; }

    public BridgeEngine Engine => _engine;

    public string Name => "bench board";

    public string Kind => "bench";

    public SurfaceLayout Layout { get; }

    public void Hand(int fader, double position) =>
        _engine.Process(EngineInput.FromControl(new ControlEvent(_surface, ControlEventKind.FaderMoved, fader, position)));

    public void Touch(int fader, bool down) =>
        _engine.Process(EngineInput.FromControl(new ControlEvent(_surface, down ? ControlEventKind.FaderTouched : ControlEventKind.FaderReleased, fader, down ? 1 : 0)));

    public void Target(int strip, double value) =>
        _engine.Process(EngineInput.TargetUpdate(_target, ModelAddress.Fader(strip), value));

    public void Tick() => _engine.Process(EngineInput.Tick());

    public void Send(in FeedbackCommand command) => Commands++;

    public void Apply(in ModelChange change)
    {
    }
}

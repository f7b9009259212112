using ControlSurface.Core.Engine;
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
}

using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Model;
using ControlSurface.Core.Surfaces;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Engine;

/// <summary>Taking surfaces and targets out of a running engine (a configuration reload), keeping the model.</summary>
public sealed class SurfaceSlotTests
{
    private readonly BridgeEngine _engine = new(new EngineOptions(), new FakeTimeProvider());
    private readonly RecordingSurface _old = new(RecordingSurface.Board(), "old desk");
    private readonly RecordingSurface _new = new(RecordingSurface.Board(), "new desk");

    [Fact]
    public void RemoveSurface_LateEventsFromIt_AreRejectedAndTheModelStays()
    {
        var old = _engine.AddSurface(_old, StandardBoard.Mapping(8, 16, 8));
        _engine.Process(EngineInput.TargetUpdate(0, ModelAddress.Fader(0), 0.25));

        _engine.RemoveSurface(old);
        _engine.Process(EngineInput.FromControl(new ControlEvent(old, ControlEventKind.FaderMoved, 0, 0.75)));

        Assert.True(_engine.Surfaces[old].Removed);
        Assert.Equal(1, _engine.Counters.RejectedInputs);
        Assert.Equal(FaderPosition.FromNormalized(0.25), _engine.Mixer.Strips[0].Fader);
    }

    [Fact]
    public void RemoveSurface_ModelChanges_ReachOnlyTheSurfaceThatReplacedIt()
    {
        var old = _engine.AddSurface(_old, StandardBoard.Mapping(8, 16, 8));
        _engine.RemoveSurface(old);
        var replacement = _engine.AddSurface(_new, StandardBoard.Mapping(8, 16, 8));
        _engine.Process(EngineInput.SurfaceStatus(replacement, connected: true, "{}"));
        _old.Sent.Clear();

        _engine.Process(EngineInput.TargetUpdate(0, new ModelAddress(Parameter.Mute, 1), 1));

        Assert.Empty(_old.Sent);
        Assert.Contains(_new.Sent, c => c.Kind == FeedbackKind.Led);
        Assert.NotEqual(old, replacement);
    }

    [Fact]
    public void RemoveTarget_ItHearsNothingMore()
    {
        var target = new RecordingTarget();
        var index = _engine.AddTarget(target);

        _engine.RemoveTarget(index);
        _engine.Process(EngineInput.FromControl(new ControlEvent(_engine.AddSurface(_new, StandardBoard.Mapping(8, 16, 8)), ControlEventKind.FaderMoved, 0, 0.5)));

        Assert.Empty(target.Changes);
        Assert.Equal("test target", _engine.Targets[index].Name);
    }
}

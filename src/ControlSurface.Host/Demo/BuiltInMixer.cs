using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;

namespace ControlSurface.Host.Demo;

/// <summary>The standalone target: the model is the truth, and scripted automation rides some strips and feeds meters.</summary>
/// <remarks>
/// Automation moves the strips in <see cref="AutomatedStrips"/> along slow curves, as a DAW playing back
/// fader automation would, so motor feedback is visible. Meter levels follow each strip's gain and
/// mute, with a little movement, so the meters look alive.
/// </remarks>
internal sealed class BuiltInMixer : ITarget
{
    private readonly BridgeEngine _engine;
    private readonly int _stripCount;
    private long _changesSeen;

    public BuiltInMixer(BridgeEngine engine, string name, int[] automatedStrips)
    {
        Name = name;
        _engine = engine;
        _stripCount = engine.Mixer.Strips.Count;
        AutomatedStrips = automatedStrips;
        Index = engine.AddTarget(this);
    }

    public string Name { get; }

    public int Index { get; }

    /// <summary>Strips that automation rides.</summary>
    public IReadOnlyList<int> AutomatedStrips { get; }

    /// <summary>Model changes this target has seen (it has nothing to forward them to).</summary>
    public long ChangesSeen => Interlocked.Read(ref _changesSeen);

    public void Apply(in ModelChange change) => Interlocked.Increment(ref _changesSeen);

    /// <summary>Posts automation and meter values for engine time <paramref name="now"/>.</summary>
    public void Step(TimeSpan now, IReadOnlyList<StripView> strips)
    {
        var t = now.TotalSeconds;
        for (var i = 0; i < AutomatedStrips.Count; i++)
        {
            var strip = AutomatedStrips[i];
            var value = 0.55 + 0.3 * Math.Sin(t * 0.9 + i * 1.3);
            _engine.Post(EngineInput.TargetUpdate(Index, ModelAddress.Fader(strip), value));
        }
        for (var s = 0; s < _stripCount && s < strips.Count; s++)
        {
            var view = strips[s];
            var gain = view.Audible ? FaderTaper.PositionToGain(view.Fader) : 0;
            var signal = 0.6 + 0.4 * Math.Abs(Math.Sin(t * (2.1 + s * 0.37)));
            _engine.Post(EngineInput.TargetUpdate(Index, new ModelAddress(Parameter.Meter, s), Math.Clamp(gain * signal * 0.8, 0, 1)));
        }
    }
}

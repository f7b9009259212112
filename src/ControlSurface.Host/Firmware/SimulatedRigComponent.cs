using System.Globalization;
using ControlSurface.Core.Mapping;
using ControlSurface.Firmware.Simulation;
using ControlSurface.Host.Config;
using ControlSurface.Host.Demo;

namespace ControlSurface.Host.Firmware;

/// <summary>The simulated board on a real pseudo-terminal, with the host on the serial path that ships on Linux.</summary>
/// <remarks>
/// The board simulator (motor physics, touch, ADC noise) runs the device end of the pty; the host end is the
/// same <c>SerialLink</c> a real board gets. The scripted hand, if any, plays the simulator. The surface's
/// status adds the simulator's per-fader motor push-while-held time to the link counters.
/// </remarks>
internal sealed class SimulatedRigComponent : IBridgeComponent
{
    private static readonly TimeSpan HandPeriod = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan StatusPeriod = TimeSpan.FromMilliseconds(500);

    private readonly BridgeContext _context;
    private readonly DemoHand? _hand;
    private readonly List<ITimer> _timers = [];

    public SimulatedRigComponent(BridgeContext context, string name, string identity, int faders, int pads, int encoders, bool scriptedHand)
    {
        _context = context;
        var board = new SimulatorOptions(identity, faders, pads, StandardBoard.ButtonCount(faders), encoders);
        Rig = SimulatedBoardRig.Create(new RigOptions { Board = board }, context.Engine.Post, context.Time);
        Rig.Surface.Index = context.Engine.AddSurface(Rig.Surface, StandardBoard.Mapping(faders, pads, encoders), name);
        _hand = scriptedHand ? new DemoHand(new SimulatorHand(Rig.Simulator)) : null;
        _hand?.Extra.AddRange(TakeDemoScript.Steps);
    }

    public SimulatedBoardRig Rig { get; }

    public async Task StartAsync(CancellationToken cancellation)
    {
        await Rig.StartAsync(cancellation).ConfigureAwait(false);
        PostStatus();
        var started = _context.Time.GetTimestamp();
        if (_hand is { } hand)
            _timers.Add(_context.Time.CreateTimer(_ => hand.Step(_context.Time.GetElapsedTime(started)), null, HandPeriod, HandPeriod));
        _timers.Add(_context.Time.CreateTimer(_ => PostStatus(), null, StatusPeriod, StatusPeriod));
    }

    private void PostStatus()
    {
        var push = new string[Rig.Simulator.Options.Faders];
        for (var f = 0; f < push.Length; f++)
            push[f] = Math.Round(Rig.Simulator.PushWhileHeld(f).TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        var json = StatusJson.With(Rig.Surface.StatusJson(), "motorPushWhileHeldMs", $"[{string.Join(',', push)}]");
        _context.Engine.Post(Core.Engine.EngineInput.SurfaceStatus(Rig.Surface.Index, Rig.Surface.Connected, json));
    }

    public async Task StopAsync()
    {
        foreach (var t in _timers)
            await t.DisposeAsync().ConfigureAwait(false);
        _timers.Clear();
        PostStatus();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await Rig.DisposeAsync().ConfigureAwait(false);
    }
}

using ControlSurface.Host.Config;
using ControlSurface.Midi.Mackie;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Host.Mackie;

/// <summary>Runs a <see cref="MackieControlTarget"/> on a JACK client: one duplex port per unit ("mcu", "xt1", ...).</summary>
/// <remarks>
/// The JACK client connects in the background and reconnects after a server restart; the DAW's device query
/// (at its start or reconnect) gets answered whenever it comes, so nothing here waits for the DAW.
/// </remarks>
internal sealed class MackieControlComponent : IBridgeComponent
{
    private static readonly TimeSpan HandshakeGrace = TimeSpan.FromSeconds(5);
    private readonly BridgeContext _context;
    private readonly JackMidiClient _client;
    private readonly List<JackMidiPort> _ports = [];
    private bool _started;
    private ITimer? _watchdog;

    public MackieControlComponent(BridgeContext context, string name, MackieControlSettings settings)
    {
        _context = context;
        _client = JackMidiClient.Start(settings.Client, new JackClientOptions(settings.Server));
        for (var i = 0; i < settings.Units.Count; i++)
        {
            var unit = settings.Units[i];
            _ports.Add(_client.AddPort(i == 0 ? "mcu" : $"xt{i}", unit.Input, unit.Output));
        }
        Target = new MackieControlTarget(_ports, name);
        Index = context.Engine.AddTarget(Target);
        var engine = context.Engine;
        Target.Attach(input => engine.Post(input), Index);
        // A second target, right after the first, so a reload removes both: MCU has no absolute locate.
        Locate = new Osc.OscLocateSender(name, settings.Locate, Console.Error);
        context.Engine.AddTarget(Locate);
    }

    /// <summary>The locate side channel (OSC <c>/locate</c>, or a counter of locates the DAW never got).</summary>
    public Osc.OscLocateSender Locate { get; }

    /// <summary>The target the engine sends model changes to.</summary>
    public MackieControlTarget Target { get; }

    /// <summary>The JACK client (tests and `ports` look at its connection state).</summary>
    public JackMidiClient Client => _client;

    /// <summary>The unit ports, main first.</summary>
    public IReadOnlyList<JackMidiPort> Ports => _ports;

    /// <summary>The engine's index of the target.</summary>
    public int Index { get; }

    public Task StartAsync(CancellationToken cancellation)
    {
        if (!_started)
        {
            _started = true;
            Target.Start();
            _watchdog = _context.Time.CreateTimer(_ => CheckHandshakes(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
        return Task.CompletedTask;
    }

    // A unit the DAW answered but left blank gets its connections redone, so the DAW queries it again.
    private void CheckHandshakes()
    {
        for (var i = 0; i < _ports.Count; i++)
        {
            if (Target.Units[i].HandshakeStalled(HandshakeGrace))
                _ports[i].Reconnect();
        }
    }

    public async Task StopAsync()
    {
        if (_watchdog is { } t)
            await t.DisposeAsync().ConfigureAwait(false);
        _watchdog = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await Target.DisposeAsync().ConfigureAwait(false);
        foreach (var port in _ports)
            await port.DisposeAsync().ConfigureAwait(false);
        await _client.DisposeAsync().ConfigureAwait(false);
        Locate.Dispose();
    }
}

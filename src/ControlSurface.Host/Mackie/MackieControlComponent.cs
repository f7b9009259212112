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
    private readonly JackMidiClient _client;
    private readonly List<JackMidiPort> _ports = [];
    private bool _started;

    public MackieControlComponent(BridgeContext context, string name, MackieControlSettings settings)
    {
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
    }

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
        }
        return Task.CompletedTask;
    }

    public Task StopAsync() => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await Target.DisposeAsync().ConfigureAwait(false);
        foreach (var port in _ports)
            await port.DisposeAsync().ConfigureAwait(false);
        await _client.DisposeAsync().ConfigureAwait(false);
    }
}

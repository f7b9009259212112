using System.Text.Json;
using ControlSurface.Host.Config;
using ControlSurface.Host.Midi;
using ControlSurface.Midi.Mackie;
using ControlSurface.Midi.Ports;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Host.Mackie;

/// <summary>Runs a <see cref="MackieControlTarget"/>: on a JACK client (one duplex port per unit: "mcu", "xt1", ...) or on one device file.</summary>
/// <remarks>
/// <para>The JACK client connects in the background and reconnects after a server restart; the DAW's device query
/// (at its start or reconnect) gets answered whenever it comes, so nothing here waits for the DAW.</para>
/// <para>A device file (the Pi's USB MIDI gadget rawmidi node, a serial port) is opened with the same port the
/// MIDI controller kinds use; it reopens a vanished device by itself. A watch every 250 ms notices the port going
/// and coming back and the DAW going online (<see cref="MackieUnitWatch"/>), logs it, and on a device says hello
/// after each (re)open. A unit the DAW answered but left without names gets its handshake redone: JACK
/// connections remade, or a fresh hello on a device.</para>
/// </remarks>
internal sealed class MackieControlComponent : IBridgeComponent, ITargetStatus
{
    private static readonly TimeSpan HandshakeGrace = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan WatchPeriod = TimeSpan.FromMilliseconds(250);
    private readonly BridgeContext _context;
    private readonly string _name;
    private readonly JackMidiClient? _client;
    private readonly List<IMidiPort> _ports = [];
    private readonly MackieUnitWatch[] _watches;
    private readonly Lock _checkGate = new();
    private bool _started;
    private ITimer? _watchdog;

    public MackieControlComponent(BridgeContext context, string name, MackieControlSettings settings)
    {
        _context = context;
        _name = name;
        if (settings.Port is { } path)
        {
            _ports.Add(MidiPortOpener.OpenDevice(path, settings.Baud));
        }
        else
        {
            _client = JackMidiClient.Start(settings.Client, new JackClientOptions(settings.Server));
            for (var i = 0; i < settings.Units.Count; i++)
            {
                var unit = settings.Units[i];
                _ports.Add(_client.AddPort(UnitName(i), unit.Input, unit.Output));
            }
        }
        Target = new MackieControlTarget(_ports, name);
        _watches = new MackieUnitWatch[_ports.Count];
        for (var i = 0; i < _ports.Count; i++)
            _watches[i] = new MackieUnitWatch(Target.Units[i], $"mackie-control {name} {UnitName(i)}", IsDevice, (p, line) => LogLine.Write(context.Log, p, line));
        Index = context.Engine.AddTarget(Target);
        var engine = context.Engine;
        Target.Attach(input => engine.Post(input), Index);
        // A second target, right after the first, so a reload removes both: MCU has no absolute locate.
        Locate = new Osc.OscLocateSender(name, settings.Locate, Console.Error, context.Engine);
        context.Engine.AddTarget(Locate);
    }

    /// <summary>The locate side channel (OSC <c>/locate</c>, or a counter of locates the DAW never got).</summary>
    public Osc.OscLocateSender Locate { get; }

    /// <summary>The target the engine sends model changes to.</summary>
    public MackieControlTarget Target { get; }

    /// <summary>The JACK client (tests and `ports` look at its connection state); null on a device file.</summary>
    public JackMidiClient? Client => _client;

    /// <summary>The unit ports, main first.</summary>
    public IReadOnlyList<IMidiPort> Ports => _ports;

    /// <summary>The engine's index of the target.</summary>
    public int Index { get; }

    private bool IsDevice => _client is null;

    public Task StartAsync(CancellationToken cancellation)
    {
        if (!_started)
        {
            _started = true;
            Target.Start();
            Watch(); // on a device that is already there: the hello goes out now
            _watchdog = _context.Time.CreateTimer(_ => Watch(), null, WatchPeriod, WatchPeriod);
        }
        return Task.CompletedTask;
    }

    private void Watch()
    {
        // The timer may fire again while a slow check runs; one at a time keeps each watch single-threaded.
        if (!_checkGate.TryEnter())
            return;
        try
        {
            for (var i = 0; i < _watches.Length; i++)
            {
                _watches[i].Check();
                if (Target.Units[i].HandshakeStalled(HandshakeGrace))
                    Rehandshake(i);
            }
        }
        finally
        {
            _checkGate.Exit();
        }
    }

    // A unit the DAW answered but left blank: make the DAW query again (JACK) or greet it again (device).
    private void Rehandshake(int unit)
    {
        if (_ports[unit] is JackMidiPort jack)
            jack.Reconnect();
        else if (_ports[unit].IsConnected)
            _watches[unit].Hello();
    }

    /// <inheritdoc/>
    public void WriteStatus(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", _name);
        writer.WriteString("kind", "mackie-control");
        writer.WriteString("link", IsDevice ? "device" : "jack");
        writer.WriteStartArray("units");
        for (var i = 0; i < _watches.Length; i++)
            _watches[i].Write(writer, UnitName(i));
        writer.WriteEndArray();
        writer.WriteEndObject();
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
        if (_client is not null)
            await _client.DisposeAsync().ConfigureAwait(false);
        Locate.Dispose();
    }

    private static string UnitName(int index) => index == 0 ? "mcu" : $"xt{index}";
}

using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Host.Config;
using ControlSurface.Midi.Ports;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Host.Midi;

/// <summary>Runs a <see cref="MidiControllerSurface"/>: opens its port (rawmidi, serial or JACK), reads it, reports status and re-inits after a reconnect.</summary>
internal sealed class MidiControllerComponent : IBridgeComponent
{
    private static readonly TimeSpan StatusPeriod = TimeSpan.FromMilliseconds(500);
    private const double SevenBitPickupTolerance = 2.0 / 127;

    private readonly BridgeContext _context;
    private readonly IMidiPort _port;
    private readonly int _index;
    private CancellationTokenSource? _stop;
    private Task _reader = Task.CompletedTask;
    private ITimer? _timer;

    public MidiControllerComponent(BridgeContext context, string name, MidiControllerSettings settings)
    {
        _context = context;
        if (settings.Jack is { } jack)
        {
            _port = MidiPortOpener.OpenJack(jack, name);
        }
        else
        {
            _port = MidiPortOpener.OpenDevice(ResolvePort(settings), settings.Baud);
        }
        var engine = context.Engine;
        Surface = new MidiControllerSurface(name, settings.Profile, _port, e => engine.Post(EngineInput.FromControl(e)));
        _index = engine.AddSurface(Surface, new SurfaceMapping(settings.Profile.Bindings));
        Surface.SurfaceIndex = _index;

        // Faders without motors pick up in the entry's mode, within two steps of a 7-bit controller. A `feedback:`
        // section on the entry replaces these options (its own `pickup` applies then).
        engine.Feedback.Configure(_index, engine.Options.Feedback with { PickupMode = settings.Pickup, PickupTolerance = SevenBitPickupTolerance });
    }

    public MidiControllerSurface Surface { get; }

    public Task StartAsync(CancellationToken cancellation)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        Surface.Start();
        _reader = Task.Run(() => Surface.RunAsync(_stop.Token), CancellationToken.None);
        PostStatus();
        _timer = _context.Time.CreateTimer(_ =>
        {
            Surface.CheckConnection();
            PostStatus();
        }, null, StatusPeriod, StatusPeriod);
        return Task.CompletedTask;
    }

    public async Task StopAsync()
    {
        if (_timer is not null)
            await _timer.DisposeAsync().ConfigureAwait(false);
        _timer = null;
        if (_stop is not null)
        {
            Surface.Stop();
            await _stop.CancelAsync().ConfigureAwait(false);
            await _reader.ConfigureAwait(false);
            _stop.Dispose();
            _stop = null;
            PostStatus();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _port.DisposeAsync().ConfigureAwait(false);
    }

    private void PostStatus() =>
        _context.Engine.Post(EngineInput.SurfaceStatus(_index, _port.IsConnected, Surface.CountersJson()));

    /// <summary>An exact path as given; a pattern (or none: the profile's) picks the n-th matching device in USB-path order.</summary>
    private static string ResolvePort(MidiControllerSettings s)
    {
        if (s.Port.Length > 0 && !s.Port.Contains('*', StringComparison.Ordinal) && !s.Port.Contains('?', StringComparison.Ordinal))
            return s.Port;
        var candidates = MidiPortLister.RawMidiDevices().Concat(MidiPortLister.SerialPorts())
            .Where(p => s.Port.Length > 0 ? PortPattern.IsMatch(s.Port, p.Name) : s.Profile.Matches(p.Description) || s.Profile.Matches(p.Name))
            .Select(p => p.Kind == "rawmidi" ? ProfileDevices.RawMidi(p.Name) : new DevicePort(p.Name, p.Name))
            .OrderBy(p => p.StableKey, StringComparer.Ordinal)
            .ThenBy(p => p.PortName, StringComparer.Ordinal)
            .ToList();
        return s.Unit <= candidates.Count
            ? candidates[s.Unit - 1].PortName
            : throw new InvalidOperationException($"no MIDI port matches '{(s.Port.Length > 0 ? s.Port : string.Join(", ", s.Profile.PortPatterns))}' for unit {s.Unit} of {s.Profile.Name} ({candidates.Count} found)");
    }
}

using System.Globalization;
using ControlSurface.Core.Engine;
using ControlSurface.Host.Config;
using ControlSurface.Midi.MackieHost;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Host.Midi;

/// <summary>Runs a <see cref="MackieSurface"/>: opens its port, reads it, shows time code and bank, reports status.</summary>
/// <remarks>
/// The time code display and the assignment display (first strip shown) are written from the engine's
/// <see cref="BridgeEngine.Ticked"/> event, on the engine thread like every other feedback; the surface
/// only sends digits that changed. Status goes to the engine every 500 ms, "connected" meaning the
/// unit is online (answered the handshake), so the engine re-sends the model when it comes online.
/// </remarks>
internal sealed class MackieSurfaceComponent : IBridgeComponent
{
    private static readonly TimeSpan StatusPeriod = TimeSpan.FromMilliseconds(500);

    private readonly BridgeContext _context;
    private readonly IMidiPort _port;
    private readonly int _index;
    private CancellationTokenSource? _stop;
    private Task _reader = Task.CompletedTask;
    private ITimer? _timer;
    private int _shownBank = -1;

    public MackieSurfaceComponent(BridgeContext context, string name, MackieSurfaceSettings settings)
    {
        _context = context;
        _port = settings.Jack is { } jack
            ? MidiPortOpener.OpenJack(jack, name)
            : MidiPortOpener.OpenDevice(settings.Port, settings.Baud);
        var engine = context.Engine;
        Surface = new MackieSurface(name, _port, e => engine.Post(EngineInput.FromControl(e)), context.Time, settings.Device);
        _index = engine.AddSurface(Surface, MackieSurfaceMapping.Create(settings.Device.IsMainUnit), name);
        Surface.SurfaceIndex = _index;
        engine.Ticked += OnTicked;
    }

    public MackieSurface Surface { get; }

    public Task StartAsync(CancellationToken cancellation)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        Surface.Start();
        _reader = Task.Run(() => Surface.RunAsync(_stop.Token), CancellationToken.None);
        PostStatus();
        _timer = _context.Time.CreateTimer(_ => PostStatus(), null, StatusPeriod, StatusPeriod);
        return Task.CompletedTask;
    }

    public async Task StopAsync()
    {
        if (_timer is not null)
            await _timer.DisposeAsync().ConfigureAwait(false);
        _timer = null;
        if (_stop is not null)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _reader.ConfigureAwait(false);
            _stop.Dispose();
            _stop = null;
            PostStatus();
        }
        await Surface.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _context.Engine.Ticked -= OnTicked;
        await StopAsync().ConfigureAwait(false);
        await _port.DisposeAsync().ConfigureAwait(false);
    }

    private void OnTicked(BridgeEngine engine)
    {
        // With a DAW behind a Mackie Control target, the unit shows the DAW's own displays; otherwise the bridge's time.
        var display = engine.Transport.Display;
        if (display.HasTime)
            Surface.ShowTransportDisplay(display);
        else
            Surface.ShowTimecode(engine.Transport.Timecode);
        var bank = engine.Surfaces[_index].Bank.Offset;
        if (bank == _shownBank || display.HasAssignment)
            return;
        _shownBank = bank;
        Span<char> text = stackalloc char[4];
        (bank + 1).TryFormat(text, out var n, provider: CultureInfo.InvariantCulture);
        Surface.ShowAssignment(text[Math.Max(0, n - 2)..n]); // the last two digits
    }

    private void PostStatus() =>
        _context.Engine.Post(EngineInput.SurfaceStatus(_index, Surface.IsOnline, Surface.CountersJson()));
}

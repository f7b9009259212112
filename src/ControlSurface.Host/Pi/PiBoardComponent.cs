using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Host.Config;
using ControlSurface.Pi;
using ControlSurface.Pi.Board;
using ControlSurface.Pi.Buses;

namespace ControlSurface.Host.Pi;

/// <summary>Opens the Pi's buses and the board's chips, registers the surface, and runs its poll loop.</summary>
internal sealed class PiBoardComponent : IBridgeComponent
{
    private readonly SystemPiBuses _buses;
    private readonly CancellationTokenSource _stop = new();
    private Task? _polling;
    private int _index = -1;

    public PiBoardComponent(BridgeContext context, string name, BoardDescription board)
    {
        _buses = new SystemPiBuses(board.GpioChip);
        try
        {
            var engine = context.Engine;
            // The engine assigns the index when the surface is added, after the surface exists.
            Surface = PiSurface.Open(board, _buses, e => engine.Post(EngineInput.FromControl(e with { Surface = _index })), context.Time,
                PiSurfaceOptions.Default with { Name = name });
            var l = Surface.Layout;
            _index = engine.AddSurface(Surface, StandardBoard.Mapping(Math.Max(l.Faders, 1), l.Pads, l.Encoders), name);
        }
        catch
        {
            _buses.Dispose();
            throw;
        }
    }

    public PiSurface Surface { get; }

    /// <summary>Polls done, for the watchdog's liveness check.</summary>
    public long Polls => Surface.Polls;

    public Task StartAsync(CancellationToken cancellation)
    {
        _polling = Surface.RunAsync(_stop.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_polling is { } p)
            await p.ConfigureAwait(false);
        _polling = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        Surface.Dispose();
        _buses.Dispose();
        _stop.Dispose();
    }
}

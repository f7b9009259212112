using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Link;
using ControlSurface.Firmware.Serial;
using ControlSurface.Host.Config;

namespace ControlSurface.Host.Firmware;

/// <summary>Runs the host end of a firmware link on a real serial port and reports its counters.</summary>
internal sealed class FirmwareBoardComponent : IBridgeComponent
{
    private static readonly TimeSpan StatusPeriod = TimeSpan.FromMilliseconds(500);
    private readonly BridgeContext _context;
    private ITimer? _status;

    public FirmwareBoardComponent(BridgeContext context, string name, string port, string? identity, string serialPath, int faders, int pads, int buttons, int encoders)
    {
        _context = context;
        var layout = new SurfaceLayout(faders, MotorizedFaders: true, TouchSensing: true, pads, buttons, encoders, DisplayLines: 2, DisplayCharacters: 7);
        Surface = new FirmwareSurface(layout, context.Engine.Post, identity);
        Surface.Index = context.Engine.AddSurface(Surface, StandardBoard.Mapping(faders, pads, encoders), name);
        var roster = new DeviceRoster();
        roster.Add(Surface);
        Link = new SerialLink(port, roster, context.Time, new FirmwareLinkOptions { Open = SerialPaths.Opener(serialPath) });
    }

    public FirmwareSurface Surface { get; }

    public SerialLink Link { get; }

    public Task StartAsync(CancellationToken cancellation)
    {
        // The link opens the port and keeps reopening it; a board that is not there yet is not an error.
        Link.Start();
        Surface.PostStatus();
        _status = _context.Time.CreateTimer(_ => Surface.PostStatus(), null, StatusPeriod, StatusPeriod);
        return Task.CompletedTask;
    }

    public async Task StopAsync()
    {
        if (_status is { } t)
            await t.DisposeAsync().ConfigureAwait(false);
        _status = null;
        Surface.PostStatus();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await Link.DisposeAsync().ConfigureAwait(false);
    }
}

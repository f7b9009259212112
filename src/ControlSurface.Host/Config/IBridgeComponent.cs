namespace ControlSurface.Host.Config;

/// <summary>A running part of the bridge made from configuration: a surface adapter, a target, a script.</summary>
/// <remarks>Created (and registered with the engine) before the engine starts; started after; stopped before the final report.</remarks>
internal interface IBridgeComponent : IAsyncDisposable
{
    /// <summary>Opens ports, starts timers. Must not wait for a device to appear: reconnecting is the component's own job.</summary>
    Task StartAsync(CancellationToken cancellation);

    /// <summary>Stops timers and posts the final status, so the report includes it.</summary>
    Task StopAsync();
}

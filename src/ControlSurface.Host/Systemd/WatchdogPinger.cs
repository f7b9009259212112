using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ControlSurface.Host.Systemd;

/// <summary>Sends WATCHDOG=1 to systemd every half WatchdogSec, but only while the guarded loop makes progress.</summary>
/// <remarks>
/// Microsoft.Extensions.Hosting.Systemd sends READY=1 and STOPPING=1 but no keep-alive. Pinging from a plain
/// timer would keep a hung engine alive forever, so each ping first asks <see cref="IWatchdogLiveness"/>; when the
/// loop stalls the pings stop, and systemd kills and restarts the service (Restart=always in the unit).
/// Does nothing when systemd armed no watchdog (no WATCHDOG_USEC) or there is no $NOTIFY_SOCKET.
/// </remarks>
internal sealed class WatchdogPinger(
    SdNotifier? notifier,
    WatchdogSettings? settings,
    IWatchdogLiveness liveness,
    TimeProvider time,
    ILogger<WatchdogPinger> log) : BackgroundService
{
    private readonly TaskCompletionSource _armed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the ping timer runs (never, when no watchdog is armed).</summary>
    internal Task Armed => _armed.Task;

    /// <summary>Pings sent.</summary>
    public long Pings { get; private set; }

    /// <summary>Pings withheld because the loop made no progress.</summary>
    public long Withheld { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (notifier is null || settings is null)
        {
            log.LogDebug("systemd watchdog not armed; no keep-alive pings");
            return;
        }
        log.LogInformation("systemd watchdog armed ({Timeout}); pinging every {Interval} while the engine runs", settings.Timeout, settings.PingInterval);
        using var timer = new PeriodicTimer(settings.PingInterval, time);
        _armed.TrySetResult();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
                PingOnce();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One watchdog period: ping if the loop is alive, otherwise say so and let systemd act.</summary>
    internal void PingOnce()
    {
        if (notifier is null)
            return;
        if (!liveness.IsAlive())
        {
            Withheld++;
            log.LogWarning("engine loop made no progress for {Interval}; withholding the watchdog ping", settings?.PingInterval);
            return;
        }
        if (notifier.Notify("WATCHDOG=1"))
            Pings++;
        else
            log.LogWarning("could not send WATCHDOG=1 to {Socket}", notifier.Path);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ControlSurface.Host.Systemd;

/// <summary>Registers systemd integration for the bridge: READY/STOPPING through AddSystemd, keep-alives through <see cref="WatchdogPinger"/>.</summary>
internal static class WatchdogServiceCollectionExtensions
{
    /// <summary>Adds <c>AddSystemd()</c> and the watchdog pinger guarding <paramref name="liveness"/>.</summary>
    /// <remarks>Type=notify needs ExecStart to run the binary itself: AddSystemd only activates when the parent process is systemd.</remarks>
    public static IServiceCollection AddSystemdWatchdog(this IServiceCollection services, Func<IServiceProvider, IWatchdogLiveness> liveness)
    {
        services.AddSystemd();
        services.AddSingleton(sp => new WatchdogPinger(
            SdNotifier.FromEnvironment(Environment.GetEnvironmentVariable),
            WatchdogSettings.FromEnvironment(Environment.GetEnvironmentVariable, Environment.ProcessId),
            liveness(sp),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<WatchdogPinger>>()));
        services.AddHostedService(sp => sp.GetRequiredService<WatchdogPinger>());
        return services;
    }
}

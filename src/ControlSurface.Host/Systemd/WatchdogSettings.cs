using System.Globalization;

namespace ControlSurface.Host.Systemd;

/// <summary>The systemd watchdog as the service manager set it up: WATCHDOG_USEC (and WATCHDOG_PID) from the environment.</summary>
/// <param name="Timeout">WatchdogSec= of the unit.</param>
internal sealed record WatchdogSettings(TimeSpan Timeout)
{
    /// <summary>Ping at half the timeout, as sd_watchdog_enabled(3) recommends.</summary>
    public TimeSpan PingInterval => Timeout / 2;

    /// <summary>The watchdog settings for this process, or null when no watchdog is armed for it.</summary>
    public static WatchdogSettings? FromEnvironment(Func<string, string?> getEnv, int processId)
    {
        if (!long.TryParse(getEnv("WATCHDOG_USEC"), NumberStyles.None, CultureInfo.InvariantCulture, out var usec) || usec <= 0)
            return null;
        // WATCHDOG_PID names the process meant to ping; a child that inherited the variable must stay quiet.
        if (getEnv("WATCHDOG_PID") is { Length: > 0 } pid
            && (!int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p != processId))
            return null;
        return new WatchdogSettings(TimeSpan.FromTicks(usec * 10));
    }
}

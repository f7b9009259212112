using ControlSurface.Host.Systemd;

namespace ControlSurface.Host.Tests.Systemd;

public sealed class WatchdogSettingsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void FromEnvironment_WatchdogUsec_PingsAtHalfTheTimeout()
    {
        var s = WatchdogSettings.FromEnvironment(Env(("WATCHDOG_USEC", "10000000")), 42);

        Assert.Equal(TimeSpan.FromSeconds(10), s!.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(5), s.PingInterval);
    }

    [Fact]
    public void FromEnvironment_WatchdogPidOfAnotherProcess_IsNotArmed()
    {
        Assert.Null(WatchdogSettings.FromEnvironment(Env(("WATCHDOG_USEC", "10000000"), ("WATCHDOG_PID", "7")), 42));
        Assert.NotNull(WatchdogSettings.FromEnvironment(Env(("WATCHDOG_USEC", "10000000"), ("WATCHDOG_PID", "42")), 42));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("ten")]
    public void FromEnvironment_NoUsableUsec_IsNotArmed(string? usec)
    {
        Assert.Null(WatchdogSettings.FromEnvironment(name => name == "WATCHDOG_USEC" ? usec : null, 42));
    }
}

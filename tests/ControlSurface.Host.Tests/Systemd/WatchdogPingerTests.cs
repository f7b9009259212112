using ControlSurface.Host.Systemd;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Host.Tests.Systemd;

public sealed class WatchdogPingerTests
{
    [Fact]
    public async Task Run_EngineProgressing_PingsEveryHalfTimeout()
    {
        using var socket = new NotifySocket();
        using var notifier = new SdNotifier(socket.Path);
        var time = new FakeTimeProvider();
        long ticks = 0;
        using var pinger = new WatchdogPinger(notifier, new WatchdogSettings(TimeSpan.FromSeconds(10)),
            new ProgressLiveness(() => ticks), time, NullLogger<WatchdogPinger>.Instance);

        await pinger.StartAsync(TestContext.Current.CancellationToken);
        await pinger.Armed.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        for (var i = 0; i < 3; i++)
        {
            ticks++;
            time.Advance(TimeSpan.FromSeconds(5));
            Assert.Equal("WATCHDOG=1", await socket.ReceiveAsync());
        }
        await pinger.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, pinger.Pings);
    }

    [Fact]
    public void PingOnce_EngineStalled_SendsNothing()
    {
        using var socket = new NotifySocket();
        using var notifier = new SdNotifier(socket.Path);
        long ticks = 0;
        using var pinger = new WatchdogPinger(notifier, new WatchdogSettings(TimeSpan.FromSeconds(10)),
            new ProgressLiveness(() => ticks), new FakeTimeProvider(), NullLogger<WatchdogPinger>.Instance);

        pinger.PingOnce();
        socket.Drain();
        pinger.PingOnce();
        pinger.PingOnce();

        Assert.Empty(socket.Drain());
        Assert.Equal(2, pinger.Withheld);
    }

    [Fact]
    public async Task Run_NoWatchdogArmed_EndsAtOnce()
    {
        using var pinger = new WatchdogPinger(null, null, new ProgressLiveness(() => 0), new FakeTimeProvider(), NullLogger<WatchdogPinger>.Instance);

        await pinger.StartAsync(TestContext.Current.CancellationToken);
        await pinger.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(pinger.ExecuteTask.IsCompletedSuccessfully);
        Assert.False(pinger.Armed.IsCompleted);
    }
}

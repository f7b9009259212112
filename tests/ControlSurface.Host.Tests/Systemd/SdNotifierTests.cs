using ControlSurface.Host.Systemd;

namespace ControlSurface.Host.Tests.Systemd;

public sealed class SdNotifierTests
{
    [Fact]
    public async Task Notify_ToTheNotifySocket_DeliversTheDatagram()
    {
        using var socket = new NotifySocket();
        using var notifier = SdNotifier.FromEnvironment(name => name == "NOTIFY_SOCKET" ? socket.Path : null)!;

        var sent = notifier.Notify("READY=1\nSTATUS=bridge running");

        Assert.True(sent);
        Assert.Equal("READY=1\nSTATUS=bridge running", await socket.ReceiveAsync());
    }

    [Fact]
    public void FromEnvironment_NoNotifySocket_IsNull()
    {
        Assert.Null(SdNotifier.FromEnvironment(_ => null));
    }

    [Fact]
    public void Notify_SocketGone_ReturnsFalse()
    {
        using var notifier = new SdNotifier(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.sock"));

        Assert.False(notifier.Notify("WATCHDOG=1"));
    }
}

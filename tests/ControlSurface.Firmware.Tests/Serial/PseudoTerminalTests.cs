using ControlSurface.Firmware.Serial;

namespace ControlSurface.Firmware.Tests.Serial;

public sealed class PseudoTerminalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-pty-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Open_WithLinkPath_BytesFromTheMasterArriveRawAtTheSlave()
    {
        var link = Path.Combine(_dir, "ttyX");
        using var pty = PseudoTerminal.Open(link);
        using var host = TtyTransport.Open(link);
        var bytes = new byte[] { 0x00, 0x0D, 0x0A, 0x03, 0x11, 0x13, 0xFF };

        pty.Master.Write(bytes);
        var got = new List<byte>();
        var buffer = new byte[64];
        while (got.Count < bytes.Length)
            got.AddRange(buffer.AsSpan(0, host.Read(buffer)).ToArray());

        Assert.Equal(pty.SlavePath, new FileInfo(link).LinkTarget);
        Assert.Equal(bytes, got);
    }

    [Fact]
    public void Dispose_DeviceEnd_HostReadFailsAndTheLinkIsGone()
    {
        var link = Path.Combine(_dir, "ttyY");
        var pty = PseudoTerminal.Open(link);
        using var host = TtyTransport.Open(link);

        pty.Dispose();

        Assert.Throws<IOException>(() => host.Read(new byte[16]));
        Assert.False(File.Exists(link));
        Assert.Throws<IOException>(() => TtyTransport.Open(link));
    }

    [Fact]
    public async Task Dispose_HostTransport_WakesABlockedReader()
    {
        using var pty = PseudoTerminal.Open();
        var host = TtyTransport.Open(pty.SlavePath);
        var read = Task.Run(() => host.Read(new byte[16]), TestContext.Current.CancellationToken);

        host.Dispose();
        var n = await read.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(0, n);
    }
}

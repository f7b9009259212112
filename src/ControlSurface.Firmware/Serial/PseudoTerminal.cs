using System.Runtime.InteropServices;
using System.Text;

namespace ControlSurface.Firmware.Serial;

/// <summary>A pseudo-terminal pair from posix_openpt: the master plays the device, the slave is the "serial port" a host opens.</summary>
/// <remarks>
/// The slave is set raw at once and one slave fd is held open, so bytes written before the host opens are
/// kept and never echoed back. <see cref="LinkPath"/>, when given, is a symlink to the slave that survives
/// re-creation (like socat's link=). Disposing closes both ends: to a host this is a vanished device.
/// </remarks>
public sealed class PseudoTerminal : IDisposable
{
    private readonly int _holdSlave;
    private int _disposed;

    private PseudoTerminal(int master, int holdSlave, string slavePath, string? linkPath)
    {
        _holdSlave = holdSlave;
        SlavePath = slavePath;
        LinkPath = linkPath;
        Master = TtyTransport.FromMaster(slavePath + " (master)", master);
    }

    /// <summary>The device end.</summary>
    public ISerialTransport Master { get; }

    /// <summary>The slave device, e.g. /dev/pts/7.</summary>
    public string SlavePath { get; }

    /// <summary>The symlink to the slave, or null.</summary>
    public string? LinkPath { get; }

    /// <summary>The path a host should open: the link when there is one.</summary>
    public string PortPath => LinkPath ?? SlavePath;

    /// <summary>Creates a pty pair; with <paramref name="linkPath"/>, (re)points that symlink at the slave.</summary>
    public static unsafe PseudoTerminal Open(string? linkPath = null)
    {
        if (!OperatingSystem.IsLinux())
            throw new PlatformNotSupportedException("pseudo-terminals are created through Linux libc");
        var master = LibC.PosixOpenPt(LibC.ORdWr | LibC.ONoCtty | LibC.ONonBlock | LibC.OCloExec);
        if (master < 0)
            throw LibC.Failure("posix_openpt");
        try
        {
            if (LibC.GrantPt(master) != 0)
                throw LibC.Failure("grantpt");
            if (LibC.UnlockPt(master) != 0)
                throw LibC.Failure("unlockpt");
            var name = stackalloc byte[128];
            if (LibC.PtsNameR(master, name, 128) != 0)
                throw LibC.Failure("ptsname_r");
            var slavePath = Encoding.ASCII.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(name));
            var slave = LibC.Open(slavePath, LibC.ORdWr | LibC.ONoCtty | LibC.ONonBlock | LibC.OCloExec);
            if (slave < 0)
                throw LibC.Failure($"open {slavePath}");
            LibC.MakeRaw(slave, slavePath);
            if (linkPath is not null)
            {
                var temp = linkPath + ".new";
                File.Delete(temp);
                File.CreateSymbolicLink(temp, slavePath);
                File.Move(temp, linkPath, overwrite: true);
            }
            return new PseudoTerminal(master, slave, slavePath, linkPath);
        }
        catch
        {
            LibC.Close(master);
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        if (LinkPath is not null)
        {
            var info = new FileInfo(LinkPath);
            if (info.LinkTarget == SlavePath)
                info.Delete();
        }
        Master.Dispose();
        LibC.Close(_holdSlave);
    }
}

namespace ControlSurface.Firmware.Serial;

/// <summary>The Linux serial path: the tty opened with open(2), set raw with termios, then read(2)/write(2) on the fd.</summary>
/// <remarks>
/// Waits with poll(2) on the tty and an eventfd, so <see cref="Dispose"/> wakes a blocked reader at once.
/// No background I/O loop and no allocation per call (System.IO.Ports on Linux adds ~1-2 ms per operation).
/// </remarks>
public sealed class TtyTransport : ISerialTransport
{
    private readonly int _fd;
    private readonly int _wake;
    private readonly bool _hangupMeansNoPeer;
    private int _disposed;
    private int _users;
    private int _closed;

    private TtyTransport(string path, int fd, bool hangupMeansNoPeer)
    {
        Path = path;
        _fd = fd;
        _hangupMeansNoPeer = hangupMeansNoPeer;
        _wake = LibC.EventFd(0, LibC.EfdNonBlock | LibC.EfdCloExec);
        if (_wake < 0)
        {
            var e = LibC.Failure("eventfd");
            LibC.Close(fd);
            throw e;
        }
    }

    /// <inheritdoc/>
    public string Path { get; }

    /// <summary>Opens a serial device (or pty slave) by path and puts it in raw mode.</summary>
    /// <exception cref="IOException">The path does not exist or cannot be opened.</exception>
    public static TtyTransport Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!OperatingSystem.IsLinux())
            throw new PlatformNotSupportedException("the direct tty path is Linux-only; use SerialPortTransport");
        var fd = LibC.Open(path, LibC.ORdWr | LibC.ONoCtty | LibC.ONonBlock | LibC.OCloExec);
        if (fd < 0)
            throw LibC.Failure($"open {path}");
        try
        {
            LibC.MakeRaw(fd, path);
        }
        catch
        {
            LibC.Close(fd);
            throw;
        }
        return new TtyTransport(path, fd, hangupMeansNoPeer: false);
    }

    /// <summary>Wraps an already open, non-blocking fd (a pty master); hang-ups then mean "no peer yet", not "gone".</summary>
    internal static TtyTransport FromMaster(string path, int fd) => new(path, fd, hangupMeansNoPeer: true);

    /// <inheritdoc/>
    public int Read(Span<byte> buffer)
    {
        if (!Enter())
            return 0;
        try
        {
            return ReadCore(buffer);
        }
        finally
        {
            Leave();
        }
    }

    /// <inheritdoc/>
    public void Write(ReadOnlySpan<byte> data)
    {
        if (!Enter())
            throw new ObjectDisposedException(Path);
        try
        {
            WriteCore(data);
        }
        finally
        {
            Leave();
        }
    }

    private unsafe int ReadCore(Span<byte> buffer)
    {
        var fds = stackalloc LibC.PollFd[2];
        fixed (byte* p = buffer)
        {
            while (Volatile.Read(ref _disposed) == 0)
            {
                var n = LibC.Read(_fd, p, buffer.Length);
                if (n > 0)
                    return (int)n;
                if (n == 0 && !_hangupMeansNoPeer)
                    throw new IOException($"{Path}: end of file (device closed)");
                if (n < 0)
                {
                    var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                    if (errno != LibC.EAgain && errno != LibC.EIntr && !_hangupMeansNoPeer)
                        throw LibC.Failure($"read {Path}");
                }
                fds[0] = new LibC.PollFd { Fd = _fd, Events = LibC.PollIn };
                fds[1] = new LibC.PollFd { Fd = _wake, Events = LibC.PollIn };
                var r = LibC.Poll(fds, 2, -1);
                if (r < 0 && System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != LibC.EIntr)
                    throw LibC.Failure($"poll {Path}");
                if ((fds[1].REvents & LibC.PollIn) != 0)
                    return 0;
                if ((fds[0].REvents & (LibC.PollHup | LibC.PollErr | LibC.PollNval)) != 0 && (fds[0].REvents & LibC.PollIn) == 0)
                {
                    if (!_hangupMeansNoPeer)
                        throw new IOException($"{Path}: hang-up (device gone)");
                    // A pty master with no slave open reports HUP continuously: wait for the wake fd only.
                    fds[0].Fd = -1;
                    if (LibC.Poll(fds, 2, 5) > 0 && (fds[1].REvents & LibC.PollIn) != 0)
                        return 0;
                }
            }
        }
        return 0;
    }

    private unsafe void WriteCore(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            var done = 0;
            while (done < data.Length)
            {
                if (Volatile.Read(ref _disposed) != 0)
                    throw new ObjectDisposedException(Path);
                var n = LibC.Write(_fd, p + done, data.Length - done);
                if (n > 0)
                {
                    done += (int)n;
                    continue;
                }
                var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                if (n < 0 && errno != LibC.EAgain && errno != LibC.EIntr)
                    throw LibC.Failure($"write {Path}");
                var fd = new LibC.PollFd { Fd = _fd, Events = LibC.PollOut };
                LibC.Poll(&fd, 1, 50);
            }
        }
    }

    /// <inheritdoc/>
    public unsafe void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        ulong one = 1;
        LibC.Write(_wake, (byte*)&one, sizeof(ulong));
        // A reader inside poll() closes the fds on its way out, so a number is never closed under it.
        if (Volatile.Read(ref _users) == 0)
            CloseOnce();
    }

    private bool Enter()
    {
        Interlocked.Increment(ref _users);
        if (Volatile.Read(ref _disposed) == 0)
            return true;
        Leave();
        return false;
    }

    private void Leave()
    {
        if (Interlocked.Decrement(ref _users) == 0 && Volatile.Read(ref _disposed) != 0)
            CloseOnce();
    }

    private void CloseOnce()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        LibC.Close(_fd);
        LibC.Close(_wake);
    }
}

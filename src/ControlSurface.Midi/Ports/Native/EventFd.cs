namespace ControlSurface.Midi.Ports.Native;

/// <summary>A Linux eventfd: a counter a real-time thread can bump with one non-blocking write(2).</summary>
internal sealed unsafe class EventFd : IDisposable
{
    private int _fd;

    public EventFd()
    {
        _fd = LibC.EventFd(0, LibC.EfdCloExec | LibC.EfdNonBlock);
        if (_fd < 0)
            throw new IOException($"eventfd failed (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()})");
    }

    /// <summary>The descriptor, for poll(2).</summary>
    public int Fd => _fd;

    /// <summary>Adds one to the counter; safe on a real-time thread (one syscall, never blocks).</summary>
    public void Signal()
    {
        ulong one = 1;
        LibC.Write(_fd, (byte*)&one, 8);
    }

    /// <summary>Resets the counter after poll reported it readable.</summary>
    public void Drain()
    {
        ulong value;
        LibC.Read(_fd, (byte*)&value, 8);
    }

    /// <summary>Waits until signalled or <paramref name="timeoutMs"/> passes (-1 waits forever).</summary>
    public bool Wait(int timeoutMs)
    {
        var pfd = new LibC.PollFd { Fd = _fd, Events = LibC.PollIn };
        var r = LibC.Poll(&pfd, 1, timeoutMs);
        if (r > 0)
        {
            Drain();
            return true;
        }
        return false;
    }

    public void Dispose()
    {
        var fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
            LibC.Close(fd);
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ControlSurface.Midi.Ports.Native;

namespace ControlSurface.Midi.Ports;

/// <summary>A MIDI byte port over a Linux device file: ALSA rawmidi (<c>/dev/snd/midiC*D*</c>) or a tty.</summary>
/// <remarks>
/// A reader thread polls the descriptor and a wake-up eventfd, so disposal never hangs on a blocked read.
/// When the device vanishes (USB unplug, error, hang-up) the port closes it, counts an error and tries to
/// reopen the same path every <c>retryInterval</c>; a device that comes back is picked up without a restart.
/// Writes are non-blocking: bytes that do not fit the kernel buffer are dropped and counted.
/// </remarks>
public sealed class FdMidiPort : IMidiPort
{
    private readonly string _path;
    private readonly Func<string, int> _open;
    private readonly int _retryMs;
    private readonly SpscByteRing _received;
    private readonly AsyncSignal _signal = new();
    private readonly EventFd _wake = new();
    private readonly Lock _writeGate = new();
    private readonly Thread _reader;
    private volatile int _fd = -1;
    private volatile bool _disposed;

    /// <summary>Creates the port; <paramref name="open"/> opens and configures the device and returns its descriptor (or throws).</summary>
    public FdMidiPort(string name, string path, Func<string, int> open, TimeSpan retryInterval, int queueBytes = 64 * 1024)
    {
        Name = name;
        _path = path;
        _open = open;
        _retryMs = Math.Max(10, (int)retryInterval.TotalMilliseconds);
        _received = new SpscByteRing(queueBytes);
        TryOpen();
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = $"midi reader {path}" };
        _reader.Start();
    }

    /// <summary>Opens an ALSA rawmidi device node (or any byte device) read/write.</summary>
    public static FdMidiPort OpenRawMidi(string path, TimeSpan? retryInterval = null) =>
        new($"rawmidi:{path}", path, OpenPlain, retryInterval ?? TimeSpan.FromMilliseconds(500));

    /// <summary>Opens a serial port carrying raw MIDI bytes at <paramref name="baud"/> (31250 for DIN MIDI through a UART).</summary>
    public static FdMidiPort OpenSerial(string path, int baud = 31250, TimeSpan? retryInterval = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baud, 50);
        return new($"serial:{path}@{baud}", path, p =>
        {
            var fd = OpenPlain(p);
            try
            {
                Termios2.MakeRaw(fd, baud, p);
            }
            catch
            {
                LibC.Close(fd);
                throw;
            }
            return fd;
        }, retryInterval ?? TimeSpan.FromMilliseconds(500));
    }

    private static int OpenPlain(string path)
    {
        var fd = LibC.Open(path, LibC.ORdWr | LibC.ONoCtty | LibC.ONonBlock | LibC.OCloExec);
        if (fd < 0)
            throw new IOException($"{path}: cannot open (errno {Marshal.GetLastPInvokeError()})");
        return fd;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public bool IsConnected => _fd >= 0;

    /// <inheritdoc/>
    public MidiPortCounters Counters { get; } = new();

    /// <summary>Why the last open failed, or null.</summary>
    public string? LastError { get; private set; }

    /// <inheritdoc/>
    public unsafe bool Send(ReadOnlySpan<byte> messages)
    {
        lock (_writeGate)
        {
            var fd = _fd;
            if (fd < 0)
            {
                Counters.AddDroppedOut();
                return false;
            }
            fixed (byte* p = messages)
            {
                var written = LibC.Write(fd, p, (nuint)messages.Length);
                if (written == messages.Length)
                {
                    Counters.AddOut(written);
                    return true;
                }
                if (written > 0)
                    Counters.AddOut(written);
                Counters.AddDroppedOut();
                return false;
            }
        }
    }

    /// <inheritdoc/>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation)
    {
        while (true)
        {
            var n = _received.Read(buffer.Span);
            if (n > 0)
                return n;
            ObjectDisposedException.ThrowIf(_disposed, this);
            await _signal.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    private bool TryOpen()
    {
        try
        {
            _fd = _open(_path);
            LastError = null;
            Counters.AddConnect();
            return true;
        }
        catch (IOException e)
        {
            LastError = e.Message;
            return false;
        }
    }

    private unsafe void ReadLoop()
    {
        var buffer = stackalloc byte[512];
        var fds = stackalloc LibC.PollFd[2];
        while (!_disposed)
        {
            var fd = _fd;
            if (fd < 0)
            {
                _wake.Wait(_retryMs);
                if (!_disposed)
                    TryOpen();
                continue;
            }
            fds[0] = new LibC.PollFd { Fd = fd, Events = LibC.PollIn };
            fds[1] = new LibC.PollFd { Fd = _wake.Fd, Events = LibC.PollIn };
            if (LibC.Poll(fds, 2, -1) < 0)
                continue; // EINTR
            if (fds[1].Revents != 0)
                _wake.Drain();
            if ((fds[0].Revents & LibC.PollIn) != 0)
            {
                var n = LibC.Read(fd, buffer, 512);
                if (n > 0)
                {
                    Deliver(new ReadOnlySpan<byte>(buffer, (int)n));
                    continue;
                }
                if (n < 0 && Marshal.GetLastPInvokeError() is LibC.EAgain or LibC.EIntr)
                    continue;
                Lost(fd);
            }
            else if ((fds[0].Revents & (LibC.PollErr | LibC.PollHup | LibC.PollNval)) != 0)
            {
                Lost(fd);
            }
        }
        var last = _fd;
        _fd = -1;
        if (last >= 0)
            LibC.Close(last);
    }

    private void Deliver(ReadOnlySpan<byte> bytes)
    {
        if (_received.TryWrite(bytes))
        {
            Counters.AddIn(bytes.Length);
            _signal.Set();
        }
        else
        {
            Counters.AddDroppedIn(bytes.Length);
        }
    }

    private void Lost(int fd)
    {
        lock (_writeGate)
            _fd = -1;
        LibC.Close(fd);
        Counters.AddError();
        _wake.Wait(_retryMs);
    }

    /// <summary>Stops the reader and closes the device.</summary>
    public ValueTask DisposeAsync()
    {
        if (_disposed)
            return ValueTask.CompletedTask;
        _disposed = true;
        _wake.Signal();
        _reader.Join();
        _signal.Set();
        _wake.Dispose();
        return ValueTask.CompletedTask;
    }
}

using System.Runtime.InteropServices;

namespace ControlSurface.Midi.Tests.Ports;

/// <summary>A real Linux pseudo-terminal: the test holds the master side, the code under test opens <see cref="DevicePath"/>.</summary>
public sealed partial class PseudoTerminal : IDisposable
{
    private int _master;

    public unsafe PseudoTerminal()
    {
        _master = posix_openpt(0x2 | 0x100); // O_RDWR | O_NOCTTY
        if (_master < 0 || grantpt(_master) != 0 || unlockpt(_master) != 0)
            throw new IOException("cannot create a pty");
        DevicePath = Marshal.PtrToStringUTF8(ptsname(_master))!;
        // Raw master side so bytes pass untouched.
        var raw = stackalloc byte[60];
        tcgetattr(_master, raw);
        cfmakeraw(raw);
        tcsetattr(_master, 0, raw);
    }

    public string DevicePath { get; }

    public unsafe void Write(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* p = bytes)
        {
            if (write(_master, p, (nuint)bytes.Length) != bytes.Length)
                throw new IOException("pty write failed");
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes, waiting at most <paramref name="timeoutMs"/> for each chunk.</summary>
    public unsafe byte[] Read(int count, int timeoutMs = 10_000)
    {
        var result = new byte[count];
        var n = 0;
        var pfd = stackalloc int[2];
        while (n < count)
        {
            pfd[0] = _master;
            pfd[1] = 1; // POLLIN in the low half of the second int
            if (poll(pfd, 1, timeoutMs) <= 0)
                throw new TimeoutException($"pty: got {n} of {count} bytes");
            fixed (byte* p = &result[n])
            {
                var r = read(_master, p, (nuint)(count - n));
                if (r <= 0)
                    throw new IOException("pty read failed");
                n += (int)r;
            }
        }
        return result;
    }

    public void Dispose()
    {
        if (_master >= 0)
            close(_master);
        _master = -1;
    }

    [LibraryImport("libc")] private static partial int posix_openpt(int flags);
    [LibraryImport("libc")] private static partial int grantpt(int fd);
    [LibraryImport("libc")] private static partial int unlockpt(int fd);
    [LibraryImport("libc")] private static partial nint ptsname(int fd);
    [LibraryImport("libc")] private static unsafe partial int tcgetattr(int fd, byte* termios);
    [LibraryImport("libc")] private static unsafe partial void cfmakeraw(byte* termios);
    [LibraryImport("libc")] private static unsafe partial int tcsetattr(int fd, int action, byte* termios);
    [LibraryImport("libc")] private static unsafe partial nint write(int fd, byte* buffer, nuint count);
    [LibraryImport("libc")] private static unsafe partial nint read(int fd, byte* buffer, nuint count);
    [LibraryImport("libc")] private static unsafe partial int poll(int* fds, nuint count, int timeout);
    [LibraryImport("libc")] private static partial int close(int fd);
}

using System.Runtime.InteropServices;

namespace ControlSurface.Firmware.Serial;

/// <summary>The few libc calls the Linux serial path and the pty helper need.</summary>
internal static partial class LibC
{
    public const int ORdWr = 0x2;
    public const int ONoCtty = 0x100;
    public const int ONonBlock = 0x800;
    public const int OCloExec = 0x80000;
    public const short PollIn = 0x1;
    public const short PollOut = 0x4;
    public const short PollErr = 0x8;
    public const short PollHup = 0x10;
    public const short PollNval = 0x20;
    public const int EIntr = 4;
    public const int EAgain = 11;
    public const int TcsaNow = 0;
    public const int EfdNonBlock = 0x800;
    public const int EfdCloExec = 0x80000;

    // struct termios (glibc, Linux): c_iflag, c_oflag, c_cflag, c_lflag (u32 each), c_line, c_cc[32], c_ispeed, c_ospeed.
    public const int TermiosSize = 256; // generous: the real struct is 60 bytes
    public const int CflagOffset = 8;
    public const uint CRead = 0x80;
    public const uint CLocal = 0x800;
    public const uint B115200 = 0x1002;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short REvents;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static unsafe partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static unsafe partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    public static unsafe partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    [LibraryImport("libc", EntryPoint = "tcgetattr", SetLastError = true)]
    public static unsafe partial int TcGetAttr(int fd, byte* termios);

    [LibraryImport("libc", EntryPoint = "tcsetattr", SetLastError = true)]
    public static unsafe partial int TcSetAttr(int fd, int action, byte* termios);

    [LibraryImport("libc", EntryPoint = "cfmakeraw")]
    public static unsafe partial void CfMakeRaw(byte* termios);

    [LibraryImport("libc", EntryPoint = "cfsetspeed", SetLastError = true)]
    public static unsafe partial int CfSetSpeed(byte* termios, uint speed);

    [LibraryImport("libc", EntryPoint = "eventfd", SetLastError = true)]
    public static partial int EventFd(uint initial, int flags);

    [LibraryImport("libc", EntryPoint = "posix_openpt", SetLastError = true)]
    public static partial int PosixOpenPt(int flags);

    [LibraryImport("libc", EntryPoint = "grantpt", SetLastError = true)]
    public static partial int GrantPt(int fd);

    [LibraryImport("libc", EntryPoint = "unlockpt", SetLastError = true)]
    public static partial int UnlockPt(int fd);

    [LibraryImport("libc", EntryPoint = "ptsname_r", SetLastError = true)]
    public static unsafe partial int PtsNameR(int fd, byte* buffer, nuint length);

    /// <summary>Puts a tty into raw 8N1 mode: no echo, no line editing, no translation, reads return what arrived.</summary>
    public static unsafe void MakeRaw(int fd, string what)
    {
        var t = stackalloc byte[TermiosSize];
        if (TcGetAttr(fd, t) != 0)
            throw Failure($"tcgetattr {what}");
        CfMakeRaw(t);
        *(uint*)(t + CflagOffset) |= CRead | CLocal;
        CfSetSpeed(t, B115200);
        if (TcSetAttr(fd, TcsaNow, t) != 0)
            throw Failure($"tcsetattr {what}");
    }

    /// <summary>An IOException naming the call and errno.</summary>
    public static IOException Failure(string what)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"{what}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})", errno);
    }
}

using System.Runtime.InteropServices;

namespace ControlSurface.Midi.Ports.Native;

/// <summary>The few libc calls the MIDI ports need (file descriptors, poll, eventfd, termios2, setenv).</summary>
internal static unsafe partial class LibC
{
    private const string Lib = "libc";

    public const int ORdWr = 0x2;
    public const int ORdOnly = 0x0;
    public const int ONoCtty = 0x100;
    public const int ONonBlock = 0x800;
    public const int OCloExec = 0x80000;
    public const int EfdCloExec = 0x80000;
    public const int EfdNonBlock = 0x800;
    public const short PollIn = 0x1;
    public const short PollErr = 0x8;
    public const short PollHup = 0x10;
    public const short PollNval = 0x20;
    public const int EIntr = 4;
    public const int EAgain = 11;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport(Lib, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string path, int flags);

    [LibraryImport(Lib, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Lib, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport(Lib, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport(Lib, EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    [LibraryImport(Lib, EntryPoint = "eventfd", SetLastError = true)]
    public static partial int EventFd(uint initial, int flags);

    [LibraryImport(Lib, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int Ioctl(int fd, nuint request, void* argument);

    [LibraryImport(Lib, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport(Lib, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetEnv(string name);
}

using System.Runtime.InteropServices;

namespace ControlSurface.Midi.Ports.Native;

/// <summary>Linux struct termios2 (44 bytes), which takes any baud rate through BOTHER (31250 for DIN MIDI).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Termios2
{
    public uint IFlag;
    public uint OFlag;
    public uint CFlag;
    public uint LFlag;
    public byte Line;
    public fixed byte Cc[19];
    public uint ISpeed;
    public uint OSpeed;

    // asm-generic ioctl numbers (x86-64, arm64, arm): _IOR/_IOW('T', 0x2A/0x2B, struct termios2).
    public const nuint TcGets2 = 0x802C542A;
    public const nuint TcSets2 = 0x402C542B;

    /// <summary>Puts an open tty into raw 8N1 mode at <paramref name="baud"/> (any rate the UART can make).</summary>
    public static void MakeRaw(int fd, int baud, string path)
    {
        Termios2 t;
        if (LibC.Ioctl(fd, TcGets2, &t) != 0)
            throw new IOException($"{path}: not a serial port (TCGETS2 errno {Marshal.GetLastPInvokeError()})");
        t.IFlag &= ~(0x1u | 0x2u | 0x8u | 0x20u | 0x40u | 0x80u | 0x100u | 0x400u | 0x1000u); // IGNBRK BRKINT PARMRK ISTRIP INLCR IGNCR ICRNL IXON IXOFF
        t.OFlag &= ~0x1u; // OPOST
        t.LFlag &= ~(0x8u | 0x40u | 0x2u | 0x1u | 0x8000u); // ECHO ECHONL ICANON ISIG IEXTEN
        t.CFlag &= ~(0x30u | 0x100u | 0x40u | 0x100Fu | 0x100F0000u | 0x80000000u); // CSIZE PARENB CSTOPB CBAUD CIBAUD CRTSCTS
        t.CFlag |= 0x30u | 0x80u | 0x800u | 0x1000u; // CS8 CREAD CLOCAL BOTHER
        t.ISpeed = (uint)baud;
        t.OSpeed = (uint)baud;
        t.Cc[6] = 1; // VMIN
        t.Cc[5] = 0; // VTIME
        if (LibC.Ioctl(fd, TcSets2, &t) != 0)
            throw new IOException($"{path}: cannot set {baud} baud raw mode (TCSETS2 errno {Marshal.GetLastPInvokeError()})");
    }
}

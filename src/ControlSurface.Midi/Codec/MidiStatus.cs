namespace ControlSurface.Midi.Codec;

/// <summary>Facts about status bytes that the parser and encoder share.</summary>
internal static class MidiStatus
{
    /// <summary>Data bytes that follow a status byte: index by status &gt;&gt; 4 for 8..E, by status &amp; 0x0F + 16 for F0..FF.
    /// F0 (SysEx) and the undefined ones are 0 here; the parser handles them separately.</summary>
    private static ReadOnlySpan<byte> Lengths =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 1, 1, 2, 0,
        0, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>Marks a byte in <see cref="FastShapes"/> that the parser's fast path does not take.</summary>
    public const byte NotFast = 0x80;

    /// <summary>Bits of a <see cref="FastShapes"/> entry that hold the data length.</summary>
    public const byte LengthMask = 0x03;

    /// <summary>Bit of a <see cref="FastShapes"/> entry set for real-time bytes, which leave running status alone.</summary>
    public const int KeepsRunningShift = 6;

    private const byte RealTime = 1 << KeepsRunningShift; // no data bytes

    /// <summary>For every byte value as the status of a message the parser's fast path can deliver whole: its data
    /// length (1 or 2 for channel messages, 0 for real-time) and the keeps-running-status bit; <see cref="NotFast"/>
    /// for data bytes (and 0: no running status), SysEx, system common and undefined bytes. The fast path indexes it
    /// without a bounds check, so it must stay 256 entries long.</summary>
    public static ReadOnlySpan<byte> FastShapes =>
    [
        NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast,
        NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast,
        NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast,
        NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast,
        NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast,
        NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast,
        NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast,
        NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, NotFast, RealTime, NotFast, RealTime, RealTime, RealTime, NotFast, RealTime, RealTime,
    ];

    /// <summary>Number of data bytes a defined status byte takes (0, 1 or 2).</summary>
    public static int DataLength(byte status) =>
        status < 0xF0 ? Lengths[status >> 4] : Lengths[16 + (status & 0x0F)];

    /// <summary>True for F4, F5, F9 and FD, which MIDI 1.0 leaves undefined.</summary>
    public static bool IsUndefined(byte status) => status is 0xF4 or 0xF5 or 0xF9 or 0xFD;
}

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

    /// <summary>Number of data bytes a defined status byte takes (0, 1 or 2).</summary>
    public static int DataLength(byte status) =>
        status < 0xF0 ? Lengths[status >> 4] : Lengths[16 + (status & 0x0F)];

    /// <summary>True for F4, F5, F9 and FD, which MIDI 1.0 leaves undefined.</summary>
    public static bool IsUndefined(byte status) => status is 0xF4 or 0xF5 or 0xF9 or 0xFD;
}

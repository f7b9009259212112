namespace ControlSurface.Midi.Ports;

/// <summary>Finds where complete MIDI messages end in a byte span (status byte first, no running status).</summary>
public static class MidiFraming
{
    /// <summary>Length of the complete message at the start of <paramref name="bytes"/>, or 0 when it is cut off or does not start with a status byte.</summary>
    /// <remarks>SysEx runs to its F7. Real-time bytes (F8-FF) are one byte each.</remarks>
    public static int MessageLength(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || bytes[0] < 0x80)
            return 0;
        var status = bytes[0];
        if (status == 0xF0)
        {
            var end = bytes.IndexOf((byte)0xF7);
            return end < 0 ? 0 : end + 1;
        }
        var length = DataBytes(status) + 1;
        return bytes.Length >= length ? length : 0;
    }

    /// <summary>Data bytes that follow <paramref name="status"/> (SysEx counts as 0: it runs to F7).</summary>
    public static int DataBytes(byte status) => (status & 0xF0) switch
    {
        0xC0 or 0xD0 => 1,
        0xF0 => status switch
        {
            0xF1 or 0xF3 => 1,
            0xF2 => 2,
            _ => 0,
        },
        _ => 2,
    };
}

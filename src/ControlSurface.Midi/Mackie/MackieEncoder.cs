namespace ControlSurface.Midi.Mackie;

/// <summary>Writes Mackie Control messages into a caller's buffer. Pure functions; they return the bytes written and allocate nothing.</summary>
/// <remarks>Channel messages are written with their status byte (no running status) so message-based ports can frame them.</remarks>
public static class MackieEncoder
{
    /// <summary>Fader position as pitch bend: <paramref name="fader"/> 0-7 strip, 8 master; <paramref name="position"/> 0..1 scaled to 0..16383.</summary>
    public static int Fader(Span<byte> destination, int fader, double position)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)fader, 8u, nameof(fader));
        var value = FaderValue(position);
        destination[0] = (byte)(0xE0 | fader);
        destination[1] = (byte)(value & 0x7F);
        destination[2] = (byte)(value >> 7);
        return 3;
    }

    /// <summary>0..1 to the 14-bit fader value, rounded (clamped outside the range; NaN counts as 0).</summary>
    public static int FaderValue(double position) =>
        double.IsNaN(position) ? 0 : (int)Math.Round(Math.Clamp(position, 0, 1) * 16383);

    /// <summary>A note: button press (127) or release (0), or an LED (127 on, 1 flash, 0 off).</summary>
    public static int Note(Span<byte> destination, int note, int velocity)
    {
        destination[0] = 0x90;
        destination[1] = (byte)(note & 0x7F);
        destination[2] = (byte)(velocity & 0x7F);
        return 3;
    }

    /// <summary>Fader touch (<paramref name="fader"/> 0-7, 8 master).</summary>
    public static int Touch(Span<byte> destination, int fader, bool touched) =>
        Note(destination, MackieProtocol.TouchBase + Math.Clamp(fader, 0, 8), touched ? 0x7F : 0);

    /// <summary>A press followed by a release of the same button (6 bytes).</summary>
    public static int Click(Span<byte> destination, int note) =>
        Note(destination, note, 0x7F) + Note(destination[3..], note, 0);

    /// <summary>V-Pot rotation by signed <paramref name="steps"/> (clamped to ±63).</summary>
    public static int VPot(Span<byte> destination, int strip, int steps)
    {
        var ticks = Math.Min(63, Math.Abs(steps));
        destination[0] = 0xB0;
        destination[1] = (byte)(MackieProtocol.VPotBase + (strip & 7));
        destination[2] = (byte)(steps < 0 ? 0x40 | ticks : ticks);
        return 3;
    }

    /// <summary>Meter level for a strip (0-0x0C; 0x0E/0x0F set/clear overload).</summary>
    public static int Meter(Span<byte> destination, int strip, int level)
    {
        destination[0] = 0xD0;
        destination[1] = (byte)(((strip & 7) << 4) | (level & 0x0F));
        return 2;
    }

    /// <summary>The SysEx a surface sends in answer to a device query: model, 7-byte serial, 4-byte challenge.</summary>
    public static int HostConnectionQuery(Span<byte> destination, byte model, ReadOnlySpan<byte> serial, ReadOnlySpan<byte> challenge)
    {
        var n = Header(destination, model, MackieProtocol.HostConnectionQuery);
        for (var i = 0; i < 7; i++)
            destination[n++] = i < serial.Length ? (byte)(serial[i] & 0x7F) : (byte)0x30;
        for (var i = 0; i < 4; i++)
            destination[n++] = i < challenge.Length ? (byte)(challenge[i] & 0x7F) : (byte)0;
        destination[n++] = 0xF7;
        return n;
    }

    /// <summary>A device query (host role): <c>F0 00 00 66 model 00 F7</c>.</summary>
    public static int DeviceQuery(Span<byte> destination, byte model)
    {
        var n = Header(destination, model, MackieProtocol.DeviceQuery);
        destination[n++] = 0xF7;
        return n;
    }

    /// <summary>An LCD write at <paramref name="offset"/> (0-0x37 top line, 0x38-0x6F bottom) of ASCII text (non-ASCII becomes '?').</summary>
    public static int Lcd(Span<byte> destination, byte model, int offset, ReadOnlySpan<char> text)
    {
        var n = Header(destination, model, MackieProtocol.LcdWrite);
        destination[n++] = (byte)(offset & 0x7F);
        foreach (var c in text)
            destination[n++] = c is >= ' ' and < (char)0x7F ? (byte)c : (byte)'?';
        destination[n++] = 0xF7;
        return n;
    }

    private static int Header(Span<byte> destination, byte model, byte command)
    {
        destination[0] = 0xF0;
        destination[1] = 0x00;
        destination[2] = 0x00;
        destination[3] = 0x66;
        destination[4] = model;
        destination[5] = command;
        return 6;
    }
}

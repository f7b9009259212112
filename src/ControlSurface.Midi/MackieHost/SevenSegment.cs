using ControlSurface.Core.Model;

namespace ControlSurface.Midi.MackieHost;

/// <summary>Characters for the Mackie 7-segment displays (time code and assignment).</summary>
/// <remarks>Letters go as code − 0x40 (A = 0x01), space, digits and punctuation as themselves; bit 6 lights the dot after the digit.</remarks>
public static class SevenSegment
{
    /// <summary>The dot bit.</summary>
    public const byte Dot = 0x40;

    /// <summary>The code for one character (lowercase shows as uppercase; anything else as blank).</summary>
    public static byte Code(char c)
    {
        if (c is >= 'a' and <= 'z')
            c = (char)(c - 32);
        return c switch
        {
            >= '@' and <= '_' => (byte)(c - 0x40),
            >= ' ' and <= '?' => (byte)c,
            _ => (byte)' ',
        };
    }

    /// <summary>Turns text into display codes left to right; a '.' lights the dot of the character before it.</summary>
    /// <returns>The number of codes written (at most <paramref name="codes"/>' length).</returns>
    public static int Encode(ReadOnlySpan<char> text, Span<byte> codes)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c == '.' && n > 0 && (codes[n - 1] & Dot) == 0)
            {
                codes[n - 1] |= Dot;
                continue;
            }
            if (n == codes.Length)
                break;
            codes[n++] = Code(c);
        }
        return n;
    }

    /// <summary>Characters <see cref="FormatTimecode"/> writes at most.</summary>
    public const int TimecodeTextLength = 14;

    /// <summary>Writes a time code for the 10-digit display: " HH.MM.SS. FF" (hours in digits 9-7, minutes 6-5, seconds 4-3, frames 2-0).</summary>
    /// <returns>Characters written.</returns>
    public static int FormatTimecode(in Timecode timecode, Span<char> text)
    {
        var n = 0;
        text[n++] = ' ';
        n += TwoDigits(timecode.Hours, text[n..]);
        text[n++] = '.';
        n += TwoDigits(timecode.Minutes, text[n..]);
        text[n++] = '.';
        n += TwoDigits(timecode.Seconds, text[n..]);
        text[n++] = '.';
        text[n++] = ' ';
        n += TwoDigits(timecode.Frames, text[n..]);
        return n;
    }

    private static int TwoDigits(int value, Span<char> text)
    {
        value = Math.Clamp(value, 0, 99);
        text[0] = (char)('0' + value / 10);
        text[1] = (char)('0' + value % 10);
        return 2;
    }
}

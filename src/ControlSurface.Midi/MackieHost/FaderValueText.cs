using System.Globalization;
using ControlSurface.Core.Model;

namespace ControlSurface.Midi.MackieHost;

/// <summary>Writes a fader position as dB text for a scribble strip ("-5.9dB", "+6.0", "-inf"), without allocating.</summary>
public static class FaderValueText
{
    /// <summary>Formats <paramref name="position"/> (0..1, Ardour's taper) into <paramref name="destination"/>; "dB" is added when it fits.</summary>
    /// <returns>Characters written.</returns>
    public static int Format(double position, Span<char> destination)
    {
        if (FaderTaper.PositionToDb(position) is not { } db || db < -99.9)
            return Copy("-inf", destination);
        db = Math.Round(db, 1);
        if (db == 0)
            db = 0; // no "-0.0"
        Span<char> text = stackalloc char[12];
        var n = 0;
        if (db > 0)
            text[n++] = '+';
        db.TryFormat(text[n..], out var written, "0.0", CultureInfo.InvariantCulture);
        n += written;
        if (n + 2 <= destination.Length)
        {
            text[n++] = 'd';
            text[n++] = 'B';
        }
        return Copy(text[..n], destination);
    }

    private static int Copy(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = Math.Min(text.Length, destination.Length);
        text[..n].CopyTo(destination);
        return n;
    }
}

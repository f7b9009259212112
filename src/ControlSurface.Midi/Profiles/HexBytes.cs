using System.Globalization;

namespace ControlSurface.Midi.Profiles;

/// <summary>Reads and writes byte strings as hex pairs separated by spaces ("F0 00 20 29 F7").</summary>
public static class HexBytes
{
    /// <summary>Parses hex pairs; null when any token is not one or two hex digits.</summary>
    public static byte[]? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bytes = new byte[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Length > 2 || !byte.TryParse(tokens[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out bytes[i]))
                return null;
        }
        return bytes;
    }

    /// <summary>"F0 00 20" form.</summary>
    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes) is var hex && hex.Length > 0
        ? string.Join(' ', Enumerable.Range(0, bytes.Length).Select(i => hex.Substring(i * 2, 2)))
        : "";
}

using System.Text;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Reads and writes the printable-ASCII strings the protocol carries (serial numbers, names, display text).</summary>
internal static class AsciiField
{
    /// <summary>True when every byte is printable ASCII (0x20-0x7E), or 0x21-0x7E when spaces are not allowed.</summary>
    public static bool IsPrintable(ReadOnlySpan<byte> bytes, bool allowSpace)
    {
        var low = allowSpace ? (byte)0x20 : (byte)0x21;
        foreach (var b in bytes)
        {
            if (b < low || b > 0x7E)
                return false;
        }
        return true;
    }

    /// <summary>Writes <paramref name="text"/> as ASCII, replacing anything not printable with '?'; returns bytes written.</summary>
    public static int Write(string text, Span<byte> destination, int maxLength)
    {
        var n = Math.Min(Math.Min(text.Length, maxLength), destination.Length);
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            destination[i] = c is >= ' ' and <= '~' ? (byte)c : (byte)'?';
        }
        return n;
    }

    /// <summary>Decodes printable ASCII bytes.</summary>
    public static string Read(ReadOnlySpan<byte> bytes) => Encoding.ASCII.GetString(bytes);
}

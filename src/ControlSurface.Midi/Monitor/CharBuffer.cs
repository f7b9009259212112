using System.Buffers;
using System.Globalization;

namespace ControlSurface.Midi.Monitor;

/// <summary>Appends text and numbers to an <see cref="IBufferWriter{T}"/> of chars without allocating.</summary>
internal static class CharBuffer
{
    public static void Append(this IBufferWriter<char> output, ReadOnlySpan<char> text)
    {
        text.CopyTo(output.GetSpan(text.Length));
        output.Advance(text.Length);
    }

    public static void Append(this IBufferWriter<char> output, char c)
    {
        output.GetSpan(1)[0] = c;
        output.Advance(1);
    }

    public static void Append(this IBufferWriter<char> output, long value)
    {
        var span = output.GetSpan(20);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    /// <summary>Writes <paramref name="value"/> right-aligned in <paramref name="width"/> characters.</summary>
    public static void AppendPadded(this IBufferWriter<char> output, long value, int width)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        for (var i = written; i < width; i++)
            output.Append(' ');
        output.Append(digits[..written]);
    }

    /// <summary>Writes <paramref name="text"/> left-aligned in <paramref name="width"/> characters.</summary>
    public static void AppendPadded(this IBufferWriter<char> output, ReadOnlySpan<char> text, int width)
    {
        output.Append(text);
        for (var i = text.Length; i < width; i++)
            output.Append(' ');
    }

    /// <summary>Upper-case hex, two digits a byte, optionally with a space between bytes.</summary>
    public static void AppendHex(this IBufferWriter<char> output, ReadOnlySpan<byte> bytes, bool spaced)
    {
        if (!spaced)
        {
            var span = output.GetSpan(bytes.Length * 2);
            Convert.TryToHexString(bytes, span, out var written);
            output.Advance(written);
            return;
        }
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i > 0)
                output.Append(' ');
            Convert.TryToHexString(bytes.Slice(i, 1), output.GetSpan(2), out _);
            output.Advance(2);
        }
    }
}

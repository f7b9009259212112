namespace ControlSurface.Firmware.Protocol;

/// <summary>Consistent Overhead Byte Stuffing: removes every 0x00 from a frame so 0x00 can delimit frames on the wire.</summary>
/// <remarks>Plain COBS (not COBS/R). The delimiter is not written or expected by these methods. Allocation-free.</remarks>
public static class Cobs
{
    /// <summary>The largest encoding of <paramref name="length"/> bytes (a safe destination size).</summary>
    public static int MaxEncodedLength(int length) => length + (length / 254) + 1;

    /// <summary>Encodes <paramref name="source"/> into <paramref name="destination"/>; returns the bytes written.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="MaxEncodedLength"/>.</exception>
    public static int Encode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (destination.Length < MaxEncodedLength(source.Length))
            throw new ArgumentException("destination too small for the COBS encoding", nameof(destination));
        var write = 1;
        var codeIndex = 0;
        byte code = 1;
        for (var read = 0; read < source.Length; read++)
        {
            var b = source[read];
            if (b == 0)
            {
                destination[codeIndex] = code;
                code = 1;
                codeIndex = write++;
                continue;
            }
            destination[write++] = b;
            code++;
            if (code == 0xFF)
            {
                destination[codeIndex] = code;
                code = 1;
                // A full run that ends the input takes no extra code byte.
                if (read + 1 == source.Length)
                    return write;
                codeIndex = write++;
            }
        }
        destination[codeIndex] = code;
        return write;
    }

    /// <summary>Decodes one COBS block (without its delimiter).</summary>
    /// <param name="source">The encoded bytes.</param>
    /// <param name="destination">Receives the decoded bytes; at least <paramref name="source"/>.Length bytes.</param>
    /// <param name="written">Decoded length on success.</param>
    /// <param name="errorOffset">On failure, the offset in <paramref name="source"/> of the bad byte (a zero, or the code that runs past the end).</param>
    /// <returns>False when a 0x00 appears inside the block or a code byte runs past its end (a truncated frame).</returns>
    public static bool TryDecode(ReadOnlySpan<byte> source, Span<byte> destination, out int written, out int errorOffset)
    {
        written = 0;
        errorOffset = -1;
        var read = 0;
        while (read < source.Length)
        {
            var code = source[read];
            if (code == 0)
            {
                errorOffset = read;
                return false;
            }
            var run = code - 1;
            if (read + 1 + run > source.Length)
            {
                errorOffset = read;
                return false;
            }
            var chunk = source.Slice(read + 1, run);
            var zero = chunk.IndexOf((byte)0);
            if (zero >= 0)
            {
                errorOffset = read + 1 + zero;
                return false;
            }
            chunk.CopyTo(destination[written..]);
            written += run;
            read += 1 + run;
            if (code != 0xFF && read < source.Length)
                destination[written++] = 0;
        }
        return true;
    }
}

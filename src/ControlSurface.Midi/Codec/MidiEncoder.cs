using System.Buffers;

namespace ControlSurface.Midi.Codec;

/// <summary>Writes MIDI 1.0 messages as bytes, always with their status byte (see <see cref="RunningStatusEncoder"/> to omit repeats).</summary>
/// <remarks>Allocation-free: writes into a caller's span or an <see cref="IBufferWriter{T}"/>. Thread-safe (no state).</remarks>
public static class MidiEncoder
{
    /// <summary>Longest short message on the wire, 3 bytes.</summary>
    public const int MaxShortMessageLength = 3;

    /// <summary>Writes a short message (1 to 3 bytes) into <paramref name="destination"/>.</summary>
    /// <returns>Bytes written, or 0 when <paramref name="destination"/> is too small (nothing is written then).</returns>
    public static int Write(in MidiMessage message, Span<byte> destination)
    {
        var length = message.Length;
        if (destination.Length < length)
            return 0;
        destination[0] = message.Status;
        if (length > 1)
            destination[1] = message.Data1;
        if (length > 2)
            destination[2] = message.Data2;
        return length;
    }

    /// <summary>Writes a short message into a buffer writer.</summary>
    public static void Write(IBufferWriter<byte> writer, in MidiMessage message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Advance(Write(message, writer.GetSpan(MaxShortMessageLength)));
    }

    /// <summary>Writes F0, <paramref name="data"/>, F7 into <paramref name="destination"/>.</summary>
    /// <param name="data">The body between F0 and F7 (manufacturer ID first); every byte must be 0..127.</param>
    /// <param name="destination">At least <c>data.Length + 2</c> bytes.</param>
    /// <returns>Bytes written, or 0 when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="ArgumentException">When a body byte has its top bit set (it would read as a status byte).</exception>
    public static int WriteSysEx(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var bad = data.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (bad >= 0)
            throw new ArgumentException($"SysEx body byte {bad} is 0x{data[bad]:X2}; body bytes must be 0..127.", nameof(data));
        if (destination.Length < data.Length + 2)
            return 0;
        destination[0] = 0xF0;
        data.CopyTo(destination[1..]);
        destination[data.Length + 1] = 0xF7;
        return data.Length + 2;
    }

    /// <summary>Writes F0, <paramref name="data"/>, F7 into a buffer writer.</summary>
    /// <exception cref="ArgumentException">When a body byte has its top bit set.</exception>
    public static void WriteSysEx(IBufferWriter<byte> writer, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Advance(WriteSysEx(data, writer.GetSpan(data.Length + 2)));
    }
}

using System.Globalization;

namespace ControlSurface.Midi.Codec;

/// <summary>A MIDI channel, stored ZERO-BASED: 0..15, the low nibble of the status byte.</summary>
/// <remarks>
/// People and manuals count channels 1..16; <see cref="Number"/> gives that form and <see cref="FromNumber"/> reads it.
/// <c>new Channel(0)</c> is the channel a sound engineer calls "channel 1".
/// </remarks>
public readonly record struct Channel : IComparable<Channel>
{
    /// <summary>The largest zero-based index, 15.</summary>
    public const int MaxIndex = 15;

    private readonly byte _index;

    /// <summary>Creates a channel from its zero-based index.</summary>
    /// <param name="index">0..15 (0 is "channel 1").</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="index"/> is outside 0..15.</exception>
    public Channel(int index)
    {
        if ((uint)index > MaxIndex)
            throw new ArgumentOutOfRangeException(nameof(index), index, "A zero-based MIDI channel index is 0..15.");
        _index = (byte)index;
    }

    private Channel(byte index, bool _) => _index = index;

    /// <summary>The zero-based index, 0..15.</summary>
    public int Index => _index;

    /// <summary>The one-based channel number people use, 1..16.</summary>
    public int Number => _index + 1;

    /// <summary>Creates a channel from the one-based number people use.</summary>
    /// <param name="number">1..16.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="number"/> is outside 1..16.</exception>
    public static Channel FromNumber(int number)
    {
        if (number is < 1 or > MaxIndex + 1)
            throw new ArgumentOutOfRangeException(nameof(number), number, "A MIDI channel number is 1..16.");
        return new((byte)(number - 1), false);
    }

    /// <summary>Takes the channel from the low nibble of a status byte.</summary>
    internal static Channel FromStatus(byte status) => new((byte)(status & 0x0F), false);

    /// <inheritdoc />
    public int CompareTo(Channel other) => _index.CompareTo(other._index);

    /// <summary>"Ch 1".."Ch 16" (one-based, as people read it).</summary>
    public override string ToString() => "Ch " + Number.ToString(CultureInfo.InvariantCulture);
}

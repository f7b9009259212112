using System.Globalization;

namespace ControlSurface.Midi.Codec;

/// <summary>A MIDI data value from 0 to 127: a note number, velocity, controller number or controller value.</summary>
/// <remarks>Constructing one from an out-of-range number throws, so a value in hand is always valid on the wire.</remarks>
public readonly record struct SevenBit : IComparable<SevenBit>
{
    /// <summary>The largest value, 127.</summary>
    public const int MaxValue = 0x7F;

    private readonly byte _value;

    /// <summary>Creates a value, checking the range.</summary>
    /// <param name="value">0..127.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="value"/> is outside 0..127.</exception>
    public SevenBit(int value)
    {
        if ((uint)value > MaxValue)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A MIDI data value is 0..127.");
        _value = (byte)value;
    }

    private SevenBit(byte value, bool _) => _value = value;

    /// <summary>The value, 0..127.</summary>
    public byte Value => _value;

    /// <summary>Takes the low seven bits of a byte without checking; used by the parser on bytes already known to be data.</summary>
    internal static SevenBit FromDataByte(byte dataByte) => new((byte)(dataByte & MaxValue), false);

    /// <summary>The value as a byte.</summary>
    public static implicit operator byte(SevenBit value) => value._value;

    /// <summary>The value as an int.</summary>
    public static implicit operator int(SevenBit value) => value._value;

    /// <summary>Checks and converts an int.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When outside 0..127.</exception>
    public static explicit operator SevenBit(int value) => new(value);

    /// <inheritdoc />
    public int CompareTo(SevenBit other) => _value.CompareTo(other._value);

    /// <summary>The decimal value.</summary>
    public override string ToString() => _value.ToString(CultureInfo.InvariantCulture);
}

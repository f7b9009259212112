using System.Globalization;

namespace ControlSurface.Midi.Codec;

/// <summary>A 14-bit MIDI value from 0 to 16383: pitch bend, song position, a paired controller or an (N)RPN value.</summary>
/// <remarks>
/// On the wire it travels as two data bytes, least significant seven bits first for pitch bend and song position.
/// Pitch bend centre is 8192 (<see cref="Centre"/>).
/// </remarks>
public readonly record struct FourteenBit : IComparable<FourteenBit>
{
    /// <summary>The largest value, 16383.</summary>
    public const int MaxValue = 0x3FFF;

    /// <summary>Pitch bend at rest, 8192.</summary>
    public static FourteenBit Centre { get; } = new(0x2000);

    private readonly ushort _value;

    /// <summary>Creates a value, checking the range.</summary>
    /// <param name="value">0..16383.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="value"/> is outside 0..16383.</exception>
    public FourteenBit(int value)
    {
        if ((uint)value > MaxValue)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A 14-bit MIDI value is 0..16383.");
        _value = (ushort)value;
    }

    private FourteenBit(ushort value, bool _) => _value = value;

    /// <summary>The value, 0..16383.</summary>
    public int Value => _value;

    /// <summary>The most significant seven bits (the coarse byte).</summary>
    public SevenBit Msb => SevenBit.FromDataByte((byte)(_value >> 7));

    /// <summary>The least significant seven bits (the fine byte).</summary>
    public SevenBit Lsb => SevenBit.FromDataByte((byte)(_value & 0x7F));

    /// <summary>Joins a coarse and a fine byte.</summary>
    public static FourteenBit FromParts(SevenBit msb, SevenBit lsb) => new((ushort)((msb.Value << 7) | lsb.Value), false);

    /// <summary>Joins two raw data bytes (high bit ignored) without checking.</summary>
    internal static FourteenBit FromDataBytes(byte lsb, byte msb) => new((ushort)(((msb & 0x7F) << 7) | (lsb & 0x7F)), false);

    /// <summary>The value as an int.</summary>
    public static implicit operator int(FourteenBit value) => value._value;

    /// <summary>Checks and converts an int.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When outside 0..16383.</exception>
    public static explicit operator FourteenBit(int value) => new(value);

    /// <inheritdoc />
    public int CompareTo(FourteenBit other) => _value.CompareTo(other._value);

    /// <summary>The decimal value.</summary>
    public override string ToString() => _value.ToString(CultureInfo.InvariantCulture);
}

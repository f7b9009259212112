namespace ControlSurface.Core.Model;

/// <summary>A fader position at 14-bit resolution (0..16383), the resolution of a motor fader and a Mackie pitch bend.</summary>
/// <remarks>
/// <see cref="Normalized"/> maps 0..16383 onto 0..1. Equality is on <see cref="Raw"/>, so two positions that
/// round to the same step are equal. The gain a position means comes from <see cref="FaderTaper"/>.
/// </remarks>
public readonly record struct FaderPosition : IComparable<FaderPosition>
{
    /// <summary>The largest raw value, 16383 (2^14 − 1).</summary>
    public const ushort MaxRaw = 16383;

    private FaderPosition(ushort raw) => Raw = raw;

    /// <summary>Fader at the bottom (−∞ dB).</summary>
    public static FaderPosition Zero => default;

    /// <summary>Fader at the top (+6.02 dB).</summary>
    public static FaderPosition Max => new(MaxRaw);

    /// <summary>The step nearest to 0 dB (<see cref="FaderTaper.UnityPosition"/>): raw 12808.</summary>
    public static FaderPosition Unity { get; } = FromNormalized(FaderTaper.UnityPosition);

    /// <summary>The raw 14-bit value, 0..16383.</summary>
    public ushort Raw { get; }

    /// <summary>The position as 0..1.</summary>
    public double Normalized => Raw / (double)MaxRaw;

    /// <summary>The gain in dB through Ardour's taper; null for −∞ (the bottom).</summary>
    public double? GainDb => FaderTaper.PositionToDb(Normalized);

    /// <summary>The nearest 14-bit step to a 0..1 position.</summary>
    /// <param name="value">Position; clamped to 0..1, NaN gives <see cref="Zero"/>.</param>
    /// <returns>The position, rounded half away from zero to the nearest step.</returns>
    public static FaderPosition FromNormalized(double value)
    {
        if (!(value > 0.0))
        {
            return Zero;
        }

        if (value >= 1.0)
        {
            return Max;
        }

        return new FaderPosition((ushort)Math.Round(value * MaxRaw, MidpointRounding.AwayFromZero));
    }

    /// <summary>A position from a raw 14-bit value.</summary>
    /// <param name="raw">0..16383.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="raw"/> is outside 0..16383.</exception>
    public static FaderPosition FromRaw(int raw)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(raw);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(raw, MaxRaw);
        return new FaderPosition((ushort)raw);
    }

    /// <summary>The step nearest to a gain in dB.</summary>
    /// <param name="db">Gain in dB; null or −∞ gives <see cref="Zero"/>.</param>
    /// <returns>The position.</returns>
    public static FaderPosition FromDb(double? db) =>
        db is { } d ? FromNormalized(FaderTaper.DbToPosition(d)) : Zero;

    /// <inheritdoc />
    public int CompareTo(FaderPosition other) => Raw.CompareTo(other.Raw);

    /// <summary>True when <paramref name="left"/> is below <paramref name="right"/>.</summary>
    /// <param name="left">A position.</param>
    /// <param name="right">Another position.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(FaderPosition left, FaderPosition right) => left.Raw < right.Raw;

    /// <summary>True when <paramref name="left"/> is above <paramref name="right"/>.</summary>
    /// <param name="left">A position.</param>
    /// <param name="right">Another position.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(FaderPosition left, FaderPosition right) => left.Raw > right.Raw;

    /// <summary>True when <paramref name="left"/> is at or below <paramref name="right"/>.</summary>
    /// <param name="left">A position.</param>
    /// <param name="right">Another position.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(FaderPosition left, FaderPosition right) => left.Raw <= right.Raw;

    /// <summary>True when <paramref name="left"/> is at or above <paramref name="right"/>.</summary>
    /// <param name="left">A position.</param>
    /// <param name="right">Another position.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(FaderPosition left, FaderPosition right) => left.Raw >= right.Raw;

    /// <summary>The raw value and the dB to a tenth, e.g. "12808 (0.0 dB)" (adding 0.0 turns −0 into 0).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        GainDb is { } db ? FormattableString.Invariant($"{Raw} ({Math.Round(db, 1) + 0.0:0.0} dB)") : FormattableString.Invariant($"{Raw} (-inf dB)");
}

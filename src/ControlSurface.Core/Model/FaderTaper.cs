namespace ControlSurface.Core.Model;

/// <summary>Ardour's fader taper: converts between a fader position (0..1) and gain.</summary>
/// <remarks>
/// The same curve as Ardour's <c>gain_to_slider_position</c> / <c>slider_position_to_gain</c>
/// (libs/ardour/utils): <c>position = ((6·log2(g) + 192) / 198)^8</c> and
/// <c>g = 2^((position^(1/8)·198 − 192) / 6)</c>, with gain 0 (−∞ dB) at position 0.
/// Using Ardour's curve means a position shows the same dB on the surface and in the DAW.
/// 0 dB sits at (192/198)^8 ≈ 0.7818 and the top of the fader is +6.02 dB (gain 2).
/// Positions outside 0..1 are clamped; NaN counts as 0. All methods are pure.
/// </remarks>
public static class FaderTaper
{
    /// <summary>The linear gain at the top of the fader (position 1): 2, i.e. +6.02 dB.</summary>
    public const double MaxGain = 2.0;

    /// <summary>The position of unity gain (0 dB): (192/198)^8 ≈ 0.78179.</summary>
    public static readonly double UnityPosition = Math.Pow(192.0 / 198.0, 8.0);

    /// <summary>The gain in dB at the top of the fader: 20·log10(2) ≈ +6.02 dB.</summary>
    public static readonly double MaxGainDb = GainToDb(MaxGain)!.Value;

    /// <summary>The linear gain coefficient at a fader position.</summary>
    /// <param name="position">Fader position 0..1 (clamped).</param>
    /// <returns>Gain 0..2; exactly 0 at position 0.</returns>
    public static double PositionToGain(double position)
    {
        if (!(position > 0.0))
        {
            return 0.0;
        }

        position = Math.Min(position, 1.0);
        return Math.Pow(2.0, ((Math.Pow(position, 1.0 / 8.0) * 198.0) - 192.0) / 6.0);
    }

    /// <summary>The gain in dB at a fader position.</summary>
    /// <param name="position">Fader position 0..1 (clamped).</param>
    /// <returns>dB, or null for −∞ (position 0).</returns>
    public static double? PositionToDb(double position) => GainToDb(PositionToGain(position));

    /// <summary>The fader position for a linear gain coefficient.</summary>
    /// <param name="gain">Gain coefficient; 0 or less (and NaN) gives 0, above 2 gives 1.</param>
    /// <returns>Position 0..1.</returns>
    public static double GainToPosition(double gain)
    {
        if (!(gain > 0.0))
        {
            return 0.0;
        }

        // Below 2^-32 (-192.66 dB) the base goes negative; Ardour's formula would fold it back up.
        var basis = ((6.0 * Math.Log2(gain)) + 192.0) / 198.0;
        if (basis <= 0.0)
        {
            return 0.0;
        }

        return Math.Min(Math.Pow(basis, 8.0), 1.0);
    }

    /// <summary>The fader position for a gain in dB.</summary>
    /// <param name="db">Gain in dB; <see cref="double.NegativeInfinity"/> gives 0, above +6.02 dB gives 1.</param>
    /// <returns>Position 0..1.</returns>
    public static double DbToPosition(double db) => GainToPosition(DbToGain(db));

    /// <summary>Converts dB to a linear gain coefficient (−∞ gives 0).</summary>
    /// <param name="db">Gain in dB.</param>
    /// <returns>The coefficient 10^(dB/20).</returns>
    public static double DbToGain(double db) => double.IsNegativeInfinity(db) ? 0.0 : Math.Pow(10.0, db / 20.0);

    /// <summary>Converts a linear gain coefficient to dB.</summary>
    /// <param name="gain">Gain coefficient.</param>
    /// <returns>20·log10(gain), or null for −∞ (gain 0 or less).</returns>
    public static double? GainToDb(double gain) => gain > 0.0 ? 20.0 * Math.Log10(gain) : null;
}

namespace ControlSurface.Core.Pads;

/// <summary>A pad's velocity curve and threshold: which strikes count and how strong they read.</summary>
/// <param name="Kind">The curve shape.</param>
/// <param name="Threshold">Raw strikes below this (0..1) are ignored, so a brushed or bumped pad does nothing.</param>
/// <param name="FixedVelocity">The velocity every counted strike reads as with <see cref="VelocityCurveKind.Fixed"/>, 0..1.</param>
public readonly record struct VelocityCurve(VelocityCurveKind Kind, double Threshold = VelocityCurve.DefaultThreshold, double FixedVelocity = 1.0)
{
    /// <summary>The default threshold: a strike at MIDI velocity 8 of 127 or lighter is ignored.</summary>
    public const double DefaultThreshold = 0.06;

    /// <summary>Linear with the default threshold.</summary>
    public static VelocityCurve Default => new(VelocityCurveKind.Linear);

    /// <summary>Applies the threshold and the curve to a raw strike.</summary>
    /// <param name="raw">The raw strike, 0..1 (values outside are clamped).</param>
    /// <param name="velocity">The shaped velocity, 0..1, when the strike counts.</param>
    /// <returns>False when the strike is under the threshold (or zero) and must be ignored.</returns>
    public bool TryApply(double raw, out double velocity)
    {
        var r = double.IsNaN(raw) ? 0 : Math.Clamp(raw, 0, 1);
        if (r <= 0 || r < Threshold)
        {
            velocity = 0;
            return false;
        }
        velocity = Kind switch
        {
            VelocityCurveKind.Soft => Math.Sqrt(r),
            VelocityCurveKind.Hard => r * r,
            VelocityCurveKind.Fixed => Math.Clamp(FixedVelocity, 0, 1),
            _ => r,
        };
        return true;
    }

    /// <summary>Parses "linear", "soft", "hard" or "fixed" (case-insensitive).</summary>
    /// <exception cref="FormatException">The word is none of those.</exception>
    public static VelocityCurveKind ParseKind(string word) => word.Trim().ToLowerInvariant() switch
    {
        "linear" => VelocityCurveKind.Linear,
        "soft" => VelocityCurveKind.Soft,
        "hard" => VelocityCurveKind.Hard,
        "fixed" => VelocityCurveKind.Fixed,
        _ => throw new FormatException($"unknown velocity curve '{word}' (linear, soft, hard or fixed)"),
    };
}

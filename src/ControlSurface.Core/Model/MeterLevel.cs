namespace ControlSurface.Core.Model;

/// <summary>A strip's meter: the level shown, with instant attack, a steady fall and a held peak.</summary>
/// <remarks>
/// <para>Levels are meter deflection 0..1 as a surface draws it (the DAW or the surface decides the dB scale;
/// on a Mackie meter 0..1 spans about −60..0 dB, so the default fall of 0.2 per second is about 12 dB/s,
/// close to Ardour's DIN falloff of 12 dB/s).</para>
/// <para>Ballistics: a higher input shows at once; a lower one lets the meter fall at <see cref="FallPerSecond"/>
/// from the last high value. The peak holds the highest input for <see cref="HoldTime"/> (1.5 s), then falls
/// at the same rate, never below the level.</para>
/// <para>No clock is read: every call passes the time. Values depend only on the inputs and their times,
/// not on how often <see cref="Decay"/> is called, so a replayed journal shows the same meters.
/// A time earlier than the last one seen is treated as no time passing. Not thread-safe (engine thread only).</para>
/// </remarks>
public sealed class MeterLevel
{
    /// <summary>The default peak hold, 1.5 s.</summary>
    public static readonly TimeSpan DefaultHoldTime = TimeSpan.FromSeconds(1.5);

    /// <summary>The default fall rate: 0.2 of full scale per second.</summary>
    public const double DefaultFallPerSecond = 0.2;

    private double _levelAnchor;
    private TimeSpan _levelAnchorTime;
    private double _peakAnchor;
    private TimeSpan _peakAnchorTime;
    private TimeSpan _now;

    /// <summary>Creates a silent meter.</summary>
    /// <param name="holdTime">How long a peak holds before it falls; default 1.5 s.</param>
    /// <param name="fallPerSecond">How fast level and released peak fall, in full scales per second; default 0.2.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative hold time or a fall rate that is not positive.</exception>
    public MeterLevel(TimeSpan? holdTime = null, double fallPerSecond = DefaultFallPerSecond)
    {
        HoldTime = holdTime ?? DefaultHoldTime;
        ArgumentOutOfRangeException.ThrowIfLessThan(HoldTime, TimeSpan.Zero, nameof(holdTime));
        if (!(fallPerSecond > 0.0) || double.IsInfinity(fallPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(fallPerSecond), fallPerSecond, "The fall rate must be a positive number.");
        }

        FallPerSecond = fallPerSecond;
    }

    /// <summary>How long a peak holds before it starts to fall.</summary>
    public TimeSpan HoldTime { get; }

    /// <summary>How fast the level and a released peak fall, in full scales per second.</summary>
    public double FallPerSecond { get; }

    /// <summary>The level shown, 0..1, as of the last <see cref="Update"/> or <see cref="Decay"/>.</summary>
    public double Level { get; private set; }

    /// <summary>The held peak, 0..1 and never below <see cref="Level"/>, as of the last call.</summary>
    public double Peak { get; private set; }

    /// <summary>The time of the last <see cref="Update"/> or <see cref="Decay"/>.</summary>
    public TimeSpan Now => _now;

    /// <summary>Feeds a new input level at a time.</summary>
    /// <param name="level">Input 0..1 (clamped; NaN counts as 0).</param>
    /// <param name="now">The time of the input, on any monotonic time line the caller keeps.</param>
    public void Update(double level, TimeSpan now)
    {
        level = double.IsNaN(level) ? 0.0 : Math.Clamp(level, 0.0, 1.0);
        Advance(now);

        if (level >= Level)
        {
            _levelAnchor = level;
            _levelAnchorTime = _now;
            Level = level;
        }

        if (level >= Peak)
        {
            _peakAnchor = level;
            _peakAnchorTime = _now;
            Peak = level;
        }
    }

    /// <summary>Lets the meter fall to what it shows at <paramref name="now"/> without a new input.</summary>
    /// <param name="now">The current time.</param>
    public void Decay(TimeSpan now) => Advance(now);

    /// <summary>Drops level and peak to 0 at once (for example after a bank switch or transport stop).</summary>
    /// <param name="now">The current time.</param>
    public void Reset(TimeSpan now)
    {
        _now = now > _now ? now : _now;
        _levelAnchor = _peakAnchor = Level = Peak = 0.0;
        _levelAnchorTime = _peakAnchorTime = _now;
    }

    private void Advance(TimeSpan now)
    {
        if (now > _now)
        {
            _now = now;
        }

        var sinceLevel = (_now - _levelAnchorTime).TotalSeconds;
        Level = Math.Max(0.0, _levelAnchor - (FallPerSecond * sinceLevel));

        var released = (_now - _peakAnchorTime - HoldTime).TotalSeconds;
        var peak = released > 0.0 ? _peakAnchor - (FallPerSecond * released) : _peakAnchor;
        Peak = Math.Max(peak, Level);
    }
}

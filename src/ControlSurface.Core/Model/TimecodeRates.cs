namespace ControlSurface.Core.Model;

/// <summary>Facts about each <see cref="TimecodeRate"/>.</summary>
public static class TimecodeRates
{
    /// <summary>Frames counted per labelled second: 24, 25, 30 (29.97 DF labels 30 a second) or 30.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The nominal frames per second.</returns>
    public static int NominalFps(this TimecodeRate rate) => rate switch
    {
        TimecodeRate.Fps24 => 24,
        TimecodeRate.Fps25 => 25,
        TimecodeRate.Fps2997DropFrame => 30,
        TimecodeRate.Fps30 => 30,
        _ => throw new ArgumentOutOfRangeException(nameof(rate), rate, "Unknown timecode rate."),
    };

    /// <summary>True for drop-frame rates.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>Whether frame labels are dropped.</returns>
    public static bool IsDropFrame(this TimecodeRate rate) => rate == TimecodeRate.Fps2997DropFrame;

    /// <summary>The exact frame rate as a fraction: frames = seconds × numerator / denominator.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>(30000, 1001) for 29.97, (fps, 1) otherwise.</returns>
    public static (int Numerator, int Denominator) ExactFps(this TimecodeRate rate) =>
        rate.IsDropFrame() ? (30000, 1001) : (rate.NominalFps(), 1);

    /// <summary>Frames in 24 hours of labels (timecode wraps there).</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>2,073,600 at 24 fps; 2,589,408 at 29.97 drop-frame.</returns>
    public static long FramesPerDay(this TimecodeRate rate) =>
        rate.IsDropFrame() ? 24L * 6 * Timecode.DropFramesPerTenMinutes : 24L * 3600 * rate.NominalFps();

    /// <summary>A short label: "24", "25", "29.97df", "30".</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The label.</returns>
    public static string Label(this TimecodeRate rate) => rate switch
    {
        TimecodeRate.Fps24 => "24",
        TimecodeRate.Fps25 => "25",
        TimecodeRate.Fps2997DropFrame => "29.97df",
        TimecodeRate.Fps30 => "30",
        _ => throw new ArgumentOutOfRangeException(nameof(rate), rate, "Unknown timecode rate."),
    };
}

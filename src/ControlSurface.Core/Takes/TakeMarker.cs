namespace ControlSurface.Core.Takes;

/// <summary>A note dropped on a take at a timeline position.</summary>
/// <param name="Position">Timeline position in samples (the transport's position when the pad was hit).</param>
/// <param name="At">Wall-clock time of the hit.</param>
/// <param name="Note">The note: a preset ("pitch", "timing", "great") or the user's own words.</param>
public sealed record TakeMarker(long Position, DateTimeOffset At, string Note)
{
    /// <summary>The preset notes the default pad layout offers.</summary>
    public static IReadOnlyList<string> PresetNotes { get; } = ["pitch", "timing", "great"];
}

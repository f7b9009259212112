namespace ControlSurface.Core.Takes;

/// <summary>One take on the sheet.</summary>
/// <param name="Song">The song (or cue) name.</param>
/// <param name="Number">Take number within the song, from 1.</param>
/// <param name="Status">Recording, complete, discarded or interrupted.</param>
/// <param name="StartSample">Timeline position in samples where recording started.</param>
/// <param name="EndSample">Timeline position in samples where it stopped; null while recording or when interrupted.</param>
/// <param name="SampleRate">Samples per second of the timeline positions.</param>
/// <param name="StartedAt">Wall-clock start (UTC).</param>
/// <param name="EndedAt">Wall-clock end (UTC); null while recording or when interrupted.</param>
/// <param name="ArmedTracks">Zero-based strips that were record-armed when the take started.</param>
/// <param name="Rating">0 unrated, else 1..5.</param>
/// <param name="Verdict">Keeper, reject or none.</param>
/// <param name="Markers">Markers in the order they were dropped.</param>
public sealed record Take(
    string Song,
    int Number,
    TakeStatus Status,
    long StartSample,
    long? EndSample,
    int SampleRate,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<int> ArmedTracks,
    int Rating,
    TakeVerdict Verdict,
    IReadOnlyList<TakeMarker> Markers)
{
    /// <summary>True for a keeper.</summary>
    public bool IsKeeper => Verdict == TakeVerdict.Keeper;

    /// <summary>The take's length on the timeline, or on the wall clock when the positions did not move; null without an end.</summary>
    public TimeSpan? Length
    {
        get
        {
            if (EndSample is { } end && end > StartSample && SampleRate > 0)
                return TimeSpan.FromSeconds((end - StartSample) / (double)SampleRate);
            return EndedAt is { } e ? e - StartedAt : null;
        }
    }

    /// <summary>The marker notes joined by ", " (for sheets and exports).</summary>
    public string Notes => string.Join(", ", Markers.Select(m => m.Note));
}

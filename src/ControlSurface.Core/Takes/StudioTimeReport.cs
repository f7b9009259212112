namespace ControlSurface.Core.Takes;

/// <summary>Where the session's time went: per song and per day.</summary>
/// <param name="Songs">Per song, in order of each song's first take.</param>
/// <param name="Days">Per calendar day, oldest first.</param>
public sealed record StudioTimeReport(IReadOnlyList<SongTime> Songs, IReadOnlyList<DayTime> Days)
{
    /// <summary>Builds the report from takes; days are calendar days in <paramref name="zone"/>.</summary>
    public static StudioTimeReport From(IEnumerable<Take> takes, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(takes);
        ArgumentNullException.ThrowIfNull(zone);
        var all = takes.OrderBy(t => t.StartedAt).ToList();
        var songs = all.GroupBy(t => t.Song, StringComparer.Ordinal)
            .Select(g => new SongTime(g.Key, g.Min(t => t.StartedAt), g.Max(End), g.Count(), g.Count(t => t.IsKeeper), Sum(g)))
            .ToList();
        var days = all.GroupBy(t => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t.StartedAt, zone).DateTime))
            .Select(g => new DayTime(g.Key, g.Min(t => t.StartedAt), g.Max(End), g.Count(), g.Count(t => t.IsKeeper),
                g.Select(t => t.Song).Distinct(StringComparer.Ordinal).Count(), Sum(g)))
            .OrderBy(d => d.Day)
            .ToList();
        return new StudioTimeReport(songs, days);
    }

    private static DateTimeOffset End(Take t) => t.EndedAt ?? t.StartedAt;

    private static TimeSpan Sum(IEnumerable<Take> takes) =>
        takes.Aggregate(TimeSpan.Zero, (sum, t) => sum + (t.Length ?? TimeSpan.Zero));
}

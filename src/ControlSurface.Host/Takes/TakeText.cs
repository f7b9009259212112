using System.Globalization;
using ControlSurface.Core.Takes;

namespace ControlSurface.Host.Takes;

/// <summary>How takes read in sheets, tables and exports: lengths, positions, ratings, statuses.</summary>
internal static class TakeText
{
    /// <summary>A duration as m:ss.f (h:mm:ss from an hour up); "-" when unknown.</summary>
    public static string Duration(TimeSpan? span)
    {
        if (span is not { } s)
            return "-";
        return s.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)s.TotalHours}:{s.Minutes:00}:{s.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)s.TotalMinutes}:{s.Seconds:00}.{s.Milliseconds / 100}");
    }

    /// <summary>A timeline position in samples as m:ss.f.</summary>
    public static string Position(long samples, int sampleRate) =>
        Duration(TimeSpan.FromSeconds(samples / (double)Math.Max(1, sampleRate)));

    /// <summary>A timeline position in seconds, three decimals.</summary>
    public static string Seconds(long samples, int sampleRate) =>
        (samples / (double)Math.Max(1, sampleRate)).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A wall-clock time in <paramref name="zone"/>, "yyyy-MM-dd HH:mm:ss".</summary>
    public static string Clock(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A rating as five stars, filled to the rating; empty when unrated.</summary>
    public static string Stars(int rating) => rating <= 0 ? "" : new string('★', rating) + new string('☆', 5 - rating);

    /// <summary>The status word as stored.</summary>
    public static string Status(TakeStatus status) => TakeRows.Text(status);

    /// <summary>"keeper", "reject" or "".</summary>
    public static string Verdict(TakeVerdict verdict) => verdict == TakeVerdict.None ? "" : TakeRows.Text(verdict);

    /// <summary>Markers as "note @m:ss.f" joined by "; ".</summary>
    public static string Markers(Take take) =>
        string.Join("; ", take.Markers.Select(m => $"{m.Note} @{Position(m.Position, take.SampleRate)}"));
}

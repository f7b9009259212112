using System.Globalization;
using ControlSurface.Core.Takes;

namespace ControlSurface.Host.Takes;

/// <summary>Takes as CSV (RFC 4180, comma, CRLF-free): one row per take, times in UTC ISO 8601.</summary>
internal static class CsvTakeExport
{
    /// <summary>The header row.</summary>
    public const string Header =
        "song,take,status,started_at,ended_at,start_sample,end_sample,sample_rate,start_seconds,length_seconds,armed_tracks,rating,verdict,markers";

    /// <summary>Writes the header and one row per take.</summary>
    public static void Write(IEnumerable<Take> takes, TextWriter output)
    {
        output.WriteLine(Header);
        foreach (var t in takes)
        {
            string[] cells =
            [
                t.Song,
                t.Number.ToString(CultureInfo.InvariantCulture),
                TakeText.Status(t.Status),
                TakeRows.Text(t.StartedAt),
                t.EndedAt is { } e ? TakeRows.Text(e) : "",
                t.StartSample.ToString(CultureInfo.InvariantCulture),
                t.EndSample?.ToString(CultureInfo.InvariantCulture) ?? "",
                t.SampleRate.ToString(CultureInfo.InvariantCulture),
                TakeText.Seconds(t.StartSample, t.SampleRate),
                t.Length?.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) ?? "",
                string.Join(' ', t.ArmedTracks.Select(x => x.ToString(CultureInfo.InvariantCulture))),
                t.Rating == 0 ? "" : t.Rating.ToString(CultureInfo.InvariantCulture),
                TakeText.Verdict(t.Verdict),
                TakeText.Markers(t),
            ];
            output.WriteLine(string.Join(',', cells.Select(Quote)));
        }
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

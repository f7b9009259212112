using System.Globalization;
using System.Text.Json;
using ControlSurface.Core.Takes;

namespace ControlSurface.Host.Takes;

/// <summary>Prints a <see cref="StudioTimeReport"/> as a text table or JSON.</summary>
internal static class StudioTimeText
{
    /// <summary>Two tables: per song and per day.</summary>
    public static void WriteText(StudioTimeReport report, TextWriter output, TimeZoneInfo zone)
    {
        output.WriteLine("Per song");
        output.WriteLine($"  {"SONG",-24} {"FIRST TAKE",-19}  {"FIRST-TO-LAST",13} {"TAKES",5} {"KEEPERS",7} {"RECORDED",9}");
        foreach (var s in report.Songs)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Cut(s.Song, 24),-24} {TakeText.Clock(s.FirstTakeAt, zone),-19}  {TakeText.Duration(s.Span),13} {s.Takes,5} {s.Keepers,7} {TakeText.Duration(s.Recorded),9}"));
        }
        output.WriteLine();
        output.WriteLine("Per day");
        output.WriteLine($"  {"DAY",-10} {"FIRST",-8} {"LAST",-8} {"SPAN",9} {"SONGS",5} {"TAKES",5} {"KEEPERS",7} {"RECORDED",9}");
        foreach (var d in report.Days)
        {
            var first = TimeZoneInfo.ConvertTime(d.FirstTakeAt, zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            var last = TimeZoneInfo.ConvertTime(d.LastTakeEndAt, zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {d.Day:yyyy-MM-dd} {first,-8} {last,-8} {TakeText.Duration(d.Span),9} {d.Songs,5} {d.Takes,5} {d.Keepers,7} {TakeText.Duration(d.Recorded),9}"));
        }
    }

    /// <summary>The report as JSON: <c>{ "songs": [..], "days": [..] }</c>, durations in seconds.</summary>
    public static void WriteJson(StudioTimeReport report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteStartArray("songs");
        foreach (var s in report.Songs)
        {
            w.WriteStartObject();
            w.WriteString("song", s.Song);
            w.WriteString("firstTakeAt", TakeRows.Text(s.FirstTakeAt));
            w.WriteString("lastTakeEndAt", TakeRows.Text(s.LastTakeEndAt));
            w.WriteNumber("firstToLastSeconds", Math.Round(s.Span.TotalSeconds, 3));
            w.WriteNumber("takes", s.Takes);
            w.WriteNumber("keepers", s.Keepers);
            w.WriteNumber("recordedSeconds", Math.Round(s.Recorded.TotalSeconds, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("days");
        foreach (var d in report.Days)
        {
            w.WriteStartObject();
            w.WriteString("day", d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("firstTakeAt", TakeRows.Text(d.FirstTakeAt));
            w.WriteString("lastTakeEndAt", TakeRows.Text(d.LastTakeEndAt));
            w.WriteNumber("spanSeconds", Math.Round(d.Span.TotalSeconds, 3));
            w.WriteNumber("songs", d.Songs);
            w.WriteNumber("takes", d.Takes);
            w.WriteNumber("keepers", d.Keepers);
            w.WriteNumber("recordedSeconds", Math.Round(d.Recorded.TotalSeconds, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}

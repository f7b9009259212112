using System.Globalization;
using ControlSurface.Core.Takes;

namespace ControlSurface.Host.Takes;

/// <summary>A printable take sheet in Markdown: one table per song (take, time, length, rating, keeper, notes).</summary>
internal static class MarkdownTakeSheet
{
    /// <summary>Writes the sheet; songs in sheet order, takes by number; times in <paramref name="zone"/>.</summary>
    public static void Write(IReadOnlyList<string> songs, IEnumerable<Take> takes, TextWriter output, TimeZoneInfo zone)
    {
        var bySong = takes.GroupBy(t => t.Song, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Number).ToList(), StringComparer.Ordinal);
        output.WriteLine("# Take sheet");
        foreach (var song in songs.Where(bySong.ContainsKey).Concat(bySong.Keys.Where(k => !songs.Contains(k))))
        {
            var list = bySong[song];
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"## {Escape(song)} ({Plural(list.Count, "take")}, {Plural(list.Count(t => t.IsKeeper), "keeper")})"));
            output.WriteLine();
            output.WriteLine("| Take | Time | Length | Rating | Keeper | Notes |");
            output.WriteLine("|-----:|------|-------:|--------|--------|-------|");
            foreach (var t in list)
            {
                var status = t.Status is TakeStatus.Complete ? "" : $"({TakeText.Status(t.Status)}) ";
                var keeper = t.Verdict switch { TakeVerdict.Keeper => "✔ keeper", TakeVerdict.Reject => "✘ reject", _ => "" };
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {t.Number} | {TakeText.Clock(t.StartedAt, zone)} | {TakeText.Duration(t.Length)} | {TakeText.Stars(t.Rating)} | {keeper} | {Escape(status + TakeText.Markers(t))} |"));
            }
        }
    }

    private static string Plural(int n, string word) => string.Create(CultureInfo.InvariantCulture, $"{n} {word}{(n == 1 ? "" : "s")}");

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

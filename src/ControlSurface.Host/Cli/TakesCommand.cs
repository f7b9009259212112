using System.Globalization;
using System.Text;
using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface takes`: list, show, export and report the take sheet; record a take by hand.</summary>
internal sealed class TakesCommand : ICommand, IHasFlags
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <inheritdoc />
    public string Name => "takes";

    /// <inheritdoc />
    public string Summary => "list, show, export (csv, md, json, midi) and report the take sheet";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Flags => ["utc"];

    /// <inheritdoc />
    public string Help => $"""
        Usage: controlsurface takes list|show|export|report|record [options]

          list      one line per take
          show      every detail of each take (--take N for one)
          export    --format csv|md|json|midi (default csv); md is a printable sheet per song;
                    midi is a Standard MIDI File with a marker at every take start/end and note
                    (960 PPQ at 120 BPM: one tick = 1/1920 s); midi needs --out
          report    studio time per song (first to last take, takes, keepers) and per day;
                    --format text|json (default text)
          record    log a take by hand (no DAW control): starts a take now; each line typed drops
                    a marker with that note; an empty line stops and keeps, "discard" discards

        Options:
          --db FILE       the take sheet (default ${TakeSheetLocation.EnvironmentVariable}, else
                          $XDG_DATA_HOME/controlsurface/takes.db, else ~/.local/share/controlsurface/takes.db)
          --song NAME     only this song (record: the song to record into)
          --take N        show: only take N
          --format F      export/report format
          --out FILE      write to FILE instead of standard output
          --utc           show times in UTC instead of local time
        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        var action = args.Positionals.Count > 0 ? args.Positionals[0] : throw new UsageException("say what to do: list, show, export, report or record");
        if (args.Positionals.Count > 1)
            throw new UsageException($"unexpected argument '{args.Positionals[1]}'");
        var db = TakeSheetLocation.Resolve(args.Option("db"));
        var song = args.Option("song");
        var zone = args.Flag("utc") ? TimeZoneInfo.Utc : TimeZoneInfo.Local;
        try
        {
            switch (action)
            {
                case "record":
                    args.ThrowOnUnknown();
                    return await TakesRecording.RunAsync(db, song, context, cancellation).ConfigureAwait(false);
                case "list" or "show" or "export" or "report":
                    break;
                default:
                    throw new UsageException($"unknown action '{action}' (list, show, export, report or record)");
            }
            var take = args.Int("take", 0, 1);
            var format = args.Option("format");
            var outPath = args.Option("out");
            args.ThrowOnUnknown();
            if (take > 0 && action != "show")
                throw new UsageException("--take goes with show");
            if (format is not null && action is not ("export" or "report"))
                throw new UsageException("--format goes with export or report");
            TakeSheetContents contents;
            using (var sheet = SqliteTakeSheet.OpenForReading(db))
                contents = sheet.Load();
            var takes = contents.Takes.Where(t => song is null || t.Song == song).ToList();
            if (song is not null && takes.Count == 0 && !contents.Songs.Contains(song))
                throw new UsageException($"no song '{song}' on {db} (songs: {string.Join(", ", contents.Songs)})");
            var songs = song is null ? contents.Songs : [song];
            await WriteAsync(outPath, context, (text, stream) =>
            {
                switch (action)
                {
                    case "list":
                        List(takes, text, zone);
                        break;
                    case "show":
                        Show(takes.Where(t => take == 0 || t.Number == take), text, zone);
                        break;
                    case "report":
                        Report(takes, format ?? "text", text, stream, zone);
                        break;
                    default:
                        Export(songs, takes, format ?? "csv", outPath, song ?? db, text, stream, zone);
                        break;
                }
            }).ConfigureAwait(false);
            return 0;
        }
        catch (TakeSheetException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static void Export(IReadOnlyList<string> songs, List<Take> takes, string format, string? outPath, string title,
        TextWriter text, Stream stream, TimeZoneInfo zone)
    {
        switch (format)
        {
            case "csv":
                CsvTakeExport.Write(takes, text);
                break;
            case "md":
                MarkdownTakeSheet.Write(songs, takes, text, zone);
                break;
            case "json":
                JsonTakeExport.Write(songs, takes, stream);
                break;
            case "midi":
                if (outPath is null)
                    throw new UsageException("--format midi writes a binary file: give --out FILE.mid");
                MidiTakeExport.Write(takes, "Takes: " + title, stream);
                break;
            default:
                throw new UsageException($"--format must be csv, md, json or midi, got '{format}'");
        }
    }

    private static void Report(List<Take> takes, string format, TextWriter text, Stream stream, TimeZoneInfo zone)
    {
        var report = StudioTimeReport.From(takes, zone);
        switch (format)
        {
            case "text":
                StudioTimeText.WriteText(report, text, zone);
                break;
            case "json":
                StudioTimeText.WriteJson(report, stream);
                break;
            default:
                throw new UsageException($"--format for report must be text or json, got '{format}'");
        }
    }

    private static void List(List<Take> takes, TextWriter o, TimeZoneInfo zone)
    {
        o.WriteLine($"{"SONG",-20} {"TAKE",4}  {"STATUS",-11} {"STARTED",-19}  {"LENGTH",8}  {"RATING",-6} {"VERDICT",-7} MARKERS");
        foreach (var t in takes)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t.Song,-20} {t.Number,4}  {TakeText.Status(t.Status),-11} {TakeText.Clock(t.StartedAt, zone),-19}  {TakeText.Duration(t.Length),8}  {TakeText.Stars(t.Rating),-6} {TakeText.Verdict(t.Verdict),-7} {t.Notes}"));
        }
        var keepers = takes.Count(t => t.IsKeeper);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{takes.Count} take{(takes.Count == 1 ? "" : "s")}, {keepers} keeper{(keepers == 1 ? "" : "s")}"));
    }

    private static void Show(IEnumerable<Take> takes, TextWriter o, TimeZoneInfo zone)
    {
        foreach (var t in takes)
        {
            var tags = string.Join(", ", new[] { TakeText.Status(t.Status), TakeText.Verdict(t.Verdict), TakeText.Stars(t.Rating) }.Where(s => s.Length > 0));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Song} take {t.Number} ({tags})"));
            var end = t.EndedAt is { } e ? TakeText.Clock(e, zone) : "(no end)";
            o.WriteLine($"  recorded  {TakeText.Clock(t.StartedAt, zone)} to {end}, {TakeText.Duration(t.Length)}");
            var endPos = t.EndSample is { } es ? TakeText.Position(es, t.SampleRate) : "?";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  timeline  {TakeText.Position(t.StartSample, t.SampleRate)} to {endPos} (samples {t.StartSample} to {t.EndSample?.ToString(CultureInfo.InvariantCulture) ?? "?"} at {t.SampleRate} Hz)"));
            o.WriteLine($"  armed     {(t.ArmedTracks.Count == 0 ? "none" : "strips " + string.Join(", ", t.ArmedTracks.Select(x => (x + 1).ToString(CultureInfo.InvariantCulture))))}");
            foreach (var m in t.Markers)
                o.WriteLine($"  marker    {TakeText.Position(m.Position, t.SampleRate)}  {m.Note}");
            o.WriteLine();
        }
    }

    private static async Task WriteAsync(string? outPath, CommandContext context, Action<TextWriter, Stream> write)
    {
        if (outPath is not null)
        {
            await using var file = File.Create(outPath);
            await using var text = new StreamWriter(file, Utf8, leaveOpen: true);
            write(text, file);
            return;
        }
        using var buffer = new MemoryStream();
        await using (var text = new StreamWriter(buffer, Utf8, leaveOpen: true))
            write(text, buffer);
        await context.Out.WriteAsync(Utf8.GetString(buffer.ToArray())).ConfigureAwait(false);
        if (buffer.Length > 0 && buffer.GetBuffer()[buffer.Length - 1] != '\n')
            await context.Out.WriteLineAsync().ConfigureAwait(false);
    }
}

using System.Text.Json;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Pads;
using ControlSurface.Core.Takes;
using ControlSurface.Host.Bridge;
using ControlSurface.Host.Osc;
using ControlSurface.Host.Reporting;

namespace ControlSurface.Host.Takes;

/// <summary>Attaches the take session and its sheet to every run and replay whose surfaces have take pads.</summary>
/// <remarks>
/// The pad layout is <c>takes: pads:</c> from the config (default <see cref="PadLayout.Default16"/>). The sheet is <c>takes.db</c> from the config extras (the config's <c>takes: db:</c>, or the demo's --takes-db),
/// else the default location. A replay keeps the sheet in memory (it writes no files) but reports the same path.
/// If the sheet cannot be opened (another program writes it, or it is from a newer build) the run goes on with
/// the sheet in memory, and the report says why under <c>takes.error</c>. The report section closes the sheet. It also
/// counts the locates ("play take N") DAW targets sent over their OSC side channel or could not send.
/// </remarks>
internal sealed class TakesModule : IBridgeModule
{
    /// <summary>The extras key of the sheet's path.</summary>
    public const string DbKey = "takes.db";

    /// <summary>The extras key of the pad layout (config <c>takes: pads:</c>, one binding per line).</summary>
    public const string PadsKey = "takes.pads";

    /// <summary>The extras key of the song list (config <c>takes: songs:</c>, one per line).</summary>
    public const string SongsKey = "takes.songs";

    /// <inheritdoc />
    public void Attach(BridgeEngine engine, IReadOnlyDictionary<string, string> extras, bool replaying, List<ReportWriter.Section> sections)
    {
        var path = TakeSheetLocation.Resolve(extras.TryGetValue(DbKey, out var configured) ? configured : null);
        ITakeSheet sheet = new InMemoryTakeSheet();
        string? error = null;
        if (!replaying && HasTakePads(engine))
        {
            try
            {
                // Commits fsync; keep them off the engine thread.
                sheet = new BackgroundTakeSheet(SqliteTakeSheet.OpenForWriting(path));
            }
            catch (TakeSheetException e)
            {
                error = e.Message;
                Console.Error.WriteLine($"takes: {e.Message}; keeping this session's takes in memory only");
            }
        }
        // The config loader checked the layout; the journal header carries it, so a replay binds the same pads.
        var layout = extras.TryGetValue(PadsKey, out var pads) ? PadLayout.Parse(pads) : PadLayout.Default16;
        var songs = extras.TryGetValue(SongsKey, out var list) ? list.Split('\n', StringSplitOptions.RemoveEmptyEntries) : null;
        var takes = new EngineTakes(engine, sheet, layout, new TakeSessionOptions(songs));
        if (!takes.HasTakePads)
            return;
        sections.Add(w =>
        {
            Write(w, takes, engine, path, error);
            (sheet as IDisposable)?.Dispose();
        });
    }

    private static bool HasTakePads(BridgeEngine engine) =>
        engine.Surfaces.Any(s => s.Mapping.Bindings.Any(b => b.Parameter == Parameter.TakeAction));

    private static void Write(Utf8JsonWriter w, EngineTakes takes, BridgeEngine engine, string path, string? error)
    {
        var session = takes.Session;
        var start = engine.Start;
        // This run's takes (started on the engine clock since it began), so a replay reports the same figures.
        var run = session.AllTakes.Where(t => t.StartedAt >= start).ToList();
        w.WriteStartObject("takes");
        w.WriteNumber("count", run.Count);
        w.WriteNumber("keepers", run.Count(t => t.IsKeeper));
        w.WriteString("song", session.Song);
        w.WriteString("db", path);
        w.WriteBoolean("recording", session.Recording is not null);
        w.WriteNumber("actions", takes.Applied);
        w.WriteNumber("ignored", takes.Ignored);
        w.WriteNumber("unusedHits", takes.Unused);
        // Locates ("play take N") a DAW target sent over its OSC side channel, or could not send.
        long sent = 0, unsupported = 0, failed = 0, retried = 0;
        foreach (var target in engine.Targets)
        {
            if (target is OscLocateSender locate)
                (sent, unsupported, failed, retried) = (sent + locate.Sent, unsupported + locate.Unsupported, failed + locate.Failed, retried + locate.Retried);
        }
        w.WriteNumber("locatesSent", sent);
        w.WriteNumber("locatesUnsupported", unsupported);
        w.WriteNumber("locatesFailed", failed);
        w.WriteNumber("locatesRetried", retried);
        if (error is not null)
            w.WriteString("error", error);
        w.WriteEndObject();
    }
}

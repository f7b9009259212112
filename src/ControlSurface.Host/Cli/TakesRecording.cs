using ControlSurface.Core.Takes;
using ControlSurface.Host.Takes;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface takes record`: logs one take by hand, with the wall clock as the timeline.</summary>
/// <remarks>
/// For sessions where the pads are not connected, and for testing crash safety: the take is on disk as
/// "recording" before the first line is printed, so killing the process at any point leaves it on the
/// sheet (marked interrupted when the sheet is next opened).
/// </remarks>
internal static class TakesRecording
{
    /// <summary>Records one take into the sheet at <paramref name="db"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string db, string? song, CommandContext context, CancellationToken cancellation)
    {
        using var sheet = SqliteTakeSheet.OpenForWriting(db);
        if (sheet.InterruptedOnOpen > 0)
            await context.Error.WriteLineAsync($"takes: {sheet.InterruptedOnOpen} take(s) left recording by a stopped program were marked interrupted").ConfigureAwait(false);
        var transport = new ClockTransport(context.Time);
        var session = new TakeSession(transport, sheet, context.Time, new TakeSessionOptions(song is null ? null : [song], RequireArm: false));
        if (song is not null)
            session.GoToSong(song);
        var started = session.Apply(new TakeAction(TakeActionKind.Record));
        await context.Out.WriteLineAsync($"{started.Message} on {sheet.Path}").ConfigureAwait(false);
        await context.Out.WriteLineAsync("type a note + Enter to drop a marker, Enter alone to stop and keep, 'discard' to throw it away").ConfigureAwait(false);
        await context.Out.FlushAsync(cancellation).ConfigureAwait(false);
        while (true)
        {
            var line = await context.In.ReadLineAsync(cancellation).ConfigureAwait(false);
            var note = line?.Trim();
            if (string.IsNullOrEmpty(note) || note == "discard")
            {
                var kind = note == "discard" ? TakeActionKind.StopDiscard : TakeActionKind.StopKeep;
                var stopped = session.Apply(new TakeAction(kind));
                await context.Out.WriteLineAsync($"{stopped.Message} ({TakeText.Duration(stopped.Take?.Length)})").ConfigureAwait(false);
                return 0;
            }
            var marked = session.Apply(new TakeAction(TakeActionKind.Marker, 0, note));
            await context.Out.WriteLineAsync(marked.Message).ConfigureAwait(false);
        }
    }
}

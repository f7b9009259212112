using System.Globalization;
using ControlSurface.Core.Engine;
using ControlSurface.Host.Config;
using ControlSurface.Host.Demo;
using ControlSurface.Host.Journal;
using ControlSurface.Host.Reporting;

namespace ControlSurface.Host.Bridge;

/// <summary>Runs a configured bridge: builds the engine and components, runs them, stops them in order, reports.</summary>
/// <remarks>
/// Order on the way out matters for the report and the journal: components stop (and post their final
/// status), then the engine loop stops, then whatever is still queued is applied on this thread.
/// </remarks>
internal static class BridgeRun
{
    public static async Task<RunResult> RunAsync(BridgeConfig config, RunOptions options, TimeProvider time, CancellationToken cancellation)
    {
        var engine = new BridgeEngine(config.Engine, time);
        var view = DemoView.Empty;
        var context = new BridgeContext(engine, time, () => Volatile.Read(ref view)) { Log = options.Log ?? TextWriter.Null };
        var components = new ComponentSet(context);
        var sections = new List<ReportWriter.Section>();
        try
        {
            foreach (var c in config.Components)
                components.Add(c);
            foreach (var module in BridgeModules.All)
                module.Attach(engine, config.Extras, replaying: false, sections);
            sections.Add(w => WriteTargets(w, components));

            using var journal = options.JournalPath is { } path ? new JournalWriter(path, BridgeFactory.HeaderFor(engine, config.Extras)) : null;
            engine.Journal = journal;
            var ticks = 0;
            engine.Ticked += e =>
            {
                // The engine thread owns the model: copy it for the view and scripts every 5 ticks (50 ms).
                if (ticks++ % 5 == 0)
                    Volatile.Write(ref view, DemoView.Capture(e));
            };

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var loop = new EngineLoop(engine);
            loop.Start(stop.Token);
            await components.StartAllAsync(stop.Token).ConfigureAwait(false);
            using var reloader = options.WatchConfig ? ReloadLoop.Attach(engine, loop, components, config, options, sections, time, stop.Token) : null;
            options.Started?.Invoke(engine);
            options.ComponentsStarted?.Invoke([.. components.Running.Select(r => r.Component)]);
            var viewTask = options.LiveView ? LiveView.RunAsync(() => Volatile.Read(ref view), stop.Token) : Task.CompletedTask;
            try
            {
                var length = options.Seconds > 0 ? TimeSpan.FromSeconds(options.Seconds) : Timeout.InfiniteTimeSpan;
                var end = Task.Delay(length, time, stop.Token);
                if (reloader is not null)
                    await reloader.RunUntilAsync(end, stop.Token).ConfigureAwait(false);
                await end.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop as if the time ran out.
            }

            await components.StopAllAsync().ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await loop.PauseAsync().ConfigureAwait(false);
            await viewTask.ConfigureAwait(false);
            engine.Drain();
            engine.Journal = null;
            return new RunResult(ReportWriter.Write(engine, sections), Summarise(engine));
        }
        finally
        {
            await components.DisposeAsync().ConfigureAwait(false);
        }
    }

    // Only when some target reports its link: a run without one (and every replay) has no such section.
    private static void WriteTargets(System.Text.Json.Utf8JsonWriter w, ComponentSet components)
    {
        var reporting = components.Running.Select(r => r.Component).OfType<ITargetStatus>().ToList();
        if (reporting.Count == 0)
            return;
        w.WriteStartArray("targets");
        foreach (var target in reporting)
            target.WriteStatus(w);
        w.WriteEndArray();
    }

    private static string Summarise(BridgeEngine engine)
    {
        var c = engine.Counters;
        var t = engine.Transport;
        return string.Create(CultureInfo.InvariantCulture,
            $"{c.Inputs} inputs ({c.ControlEvents} from surfaces, {c.TargetUpdates} from targets), " +
            $"{c.ModelChanges} model changes, {c.FeedbackCommands} feedback commands; transport {t.State.ToString().ToLowerInvariant()} at " +
            $"{t.Timecode}");
    }
}

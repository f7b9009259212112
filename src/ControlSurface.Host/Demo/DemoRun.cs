using System.Globalization;
using ControlSurface.Core.Engine;
using ControlSurface.Host.Journal;
using ControlSurface.Host.Reporting;

namespace ControlSurface.Host.Demo;

/// <summary>Wires the demo together: engine, simulated board, scripted hand, built-in mixer, journal, live view.</summary>
internal static class DemoRun
{
    private static readonly TimeSpan HandPeriod = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan AutomationPeriod = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan StatusPeriod = TimeSpan.FromMilliseconds(500);

    public static async Task<DemoResult> RunAsync(DemoOptions options, TimeProvider time, bool live, CancellationToken cancellation)
    {
        var engine = new BridgeEngine(BridgeFactory.DemoOptions, time);
        var board = new VirtualBoard(engine);
        var mixer = new BuiltInMixer(engine, [4, 5, 6, 7, 12, 13]);
        var hand = new DemoHand(board);

        using var journal = options.JournalPath is { } path ? new JournalWriter(path, BridgeFactory.HeaderFor(engine)) : null;
        engine.Journal = journal;

        var view = DemoView.Empty;
        var ticks = 0;
        engine.Ticked += e =>
        {
            // Copy the model for the view and the automation every 5 ticks (50 ms); the engine thread owns it.
            if (ticks++ % 5 == 0)
                Volatile.Write(ref view, DemoView.Capture(e, BridgeFactory.ReportRate));
        };

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var engineTask = Task.Run(() => engine.RunAsync(stop.Token), CancellationToken.None);
        var started = time.GetTimestamp();
        var lastHand = started;
        board.PostStatus();

        var timers = new List<ITimer>
        {
            time.CreateTimer(_ =>
            {
                var now = time.GetTimestamp();
                board.StepMotors(time.GetElapsedTime(lastHand, now));
                lastHand = now;
                hand.Step(time.GetElapsedTime(started, now));
            }, null, HandPeriod, HandPeriod),
            time.CreateTimer(_ => mixer.Step(time.GetElapsedTime(started), Volatile.Read(ref view).Strips), null, AutomationPeriod, AutomationPeriod),
            time.CreateTimer(_ => board.PostStatus(), null, StatusPeriod, StatusPeriod),
        };

        var viewTask = live ? LiveView.RunAsync(() => Volatile.Read(ref view), stop.Token) : Task.CompletedTask;
        try
        {
            if (options.Seconds > 0)
                await Task.Delay(TimeSpan.FromSeconds(options.Seconds), time, stop.Token).ConfigureAwait(false);
            else
                await Task.Delay(Timeout.InfiniteTimeSpan, time, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop like the timer ran out.
        }

        foreach (var t in timers)
            await t.DisposeAsync().ConfigureAwait(false);
        board.PostStatus();
        await stop.CancelAsync().ConfigureAwait(false);
        await engineTask.ConfigureAwait(false);
        await viewTask.ConfigureAwait(false);
        // The loop has stopped: whatever was still queued is applied here, on this thread, and journaled.
        engine.Drain();
        engine.Journal = null;

        var report = ReportWriter.Write(engine, BridgeFactory.ReportRate);
        return new DemoResult(report, Summarise(engine));
    }

    private static string Summarise(BridgeEngine engine)
    {
        var c = engine.Counters;
        var t = engine.Transport;
        return string.Create(CultureInfo.InvariantCulture,
            $"demo: {c.Inputs} inputs ({c.ControlEvents} from the board, {c.TargetUpdates} from the mixer), " +
            $"{c.ModelChanges} model changes, {c.FeedbackCommands} feedback commands; transport {t.State.ToString().ToLowerInvariant()} at " +
            $"{Core.Model.Timecode.FromSamples(t.PositionSamples, t.SampleRate, BridgeFactory.ReportRate)}");
    }
}

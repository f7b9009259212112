using ControlSurface.Host.Systemd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ControlSurface.Host.Bridge;
using ControlSurface.Host.Config;

namespace ControlSurface.Host.Cli;

/// <summary>What `demo` and `run` share: run options, Ctrl+C, the live view decision, the report.</summary>
internal static class BridgeCommand
{
    private static IHost SystemdHost(Func<long> engineTicks)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSystemd();
        builder.Services.AddSystemdWatchdog(_ => new ProgressLiveness(engineTicks));
        return builder.Build();
    }

    public static async Task<int> RunAsync(string label, BridgeConfig config, CommandArgs args, CommandContext context, CancellationToken cancellation, bool watchConfig = false)
    {
        var seconds = args.Number("seconds", 0, 0, 365 * 24 * 3600);
        var json = args.Flag("json");
        var journal = args.Option("journal");
        args.ThrowOnUnknown();
        if (journal is not null && Path.GetDirectoryName(Path.GetFullPath(journal)) is { } dir && !Directory.Exists(dir))
            throw new UsageException($"--journal {journal}: directory {dir} does not exist");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            c =>
            {
                c.Cancel = true;
                stop.Cancel();
            });
        try
        {
            var live = !json && context.OutputIsTerminal;
            Core.Engine.BridgeEngine? running = null;
            // Under systemd (Type=notify): READY=1 once started, and watchdog pings only while the engine ticks.
            using var systemd = Environment.GetEnvironmentVariable("NOTIFY_SOCKET") is null ? null : SystemdHost(() => Volatile.Read(ref running)?.Counters.Ticks ?? 0);
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var options = new RunOptions(seconds, journal, live, e =>
            {
                Volatile.Write(ref running, e);
                started.TrySetResult();
            }, watchConfig, context.Error);
            var runTask = BridgeRun.RunAsync(config, options, context.Time, stop.Token);
            // READY=1 only once every surface and target is open and the engine ticks: `systemctl start` then means "up".
            if (systemd is not null && await Task.WhenAny(started.Task, runTask).ConfigureAwait(false) == started.Task)
                await systemd.StartAsync(stop.Token).ConfigureAwait(false);
            var result = await runTask.ConfigureAwait(false);
            if (systemd is not null)
                await systemd.StopAsync(CancellationToken.None).ConfigureAwait(false);
            if (json)
                await context.Out.WriteLineAsync(result.ReportJson).ConfigureAwait(false);
            else if (!live)
                await context.Out.WriteLineAsync($"{label}: {result.Summary}").ConfigureAwait(false);
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }
}

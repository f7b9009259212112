using ControlSurface.Host.Bridge;
using ControlSurface.Host.Config;

namespace ControlSurface.Host.Cli;

/// <summary>What `demo` and `run` share: run options, Ctrl+C, the live view decision, the report.</summary>
internal static class BridgeCommand
{
    public static async Task<int> RunAsync(string label, BridgeConfig config, CommandArgs args, CommandContext context, CancellationToken cancellation)
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
            var result = await BridgeRun.RunAsync(config, new RunOptions(seconds, journal, live), context.Time, stop.Token).ConfigureAwait(false);
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

using ControlSurface.Host.Demo;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface demo`: the bridge on its embedded default (simulated board, built-in mixer).</summary>
internal sealed class DemoCommand : ICommand, IHasFlags
{
    public string Name => "demo";

    public string Summary => "run the bridge on a simulated board and the built-in mixer";

    public IReadOnlyCollection<string> Flags { get; } = ["json"];

    public string Help => """
        Usage: controlsurface demo [--seconds N] [--json] [--journal FILE]

        Runs the bridge on its embedded default: a simulated board (8 motorized touch faders,
        16 velocity pads, transport and strip buttons, encoders) played by a scripted hand, and
        the built-in mixer, whose automation rides strips 5-8 so motor feedback is visible.
        A live view is drawn when standard output is a terminal.

        Options:
          --seconds N      stop after N seconds (default: run until Ctrl+C)
          --json           print one JSON report on stdout at the end (and no live view)
          --journal FILE   write every engine input to FILE; `controlsurface replay FILE`
                           reproduces the same final report
        """;

    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        var options = new DemoOptions(
            Seconds: args.Number("seconds", 0, 0, 7 * 24 * 3600),
            Json: args.Flag("json"),
            JournalPath: args.Option("journal"));
        args.ThrowOnUnknown();
        if (options.JournalPath is { } path && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir && !Directory.Exists(dir))
            throw new UsageException($"--journal {path}: directory {dir} does not exist");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        try
        {
            var live = !options.Json && context.OutputIsTerminal;
            var result = await DemoRun.RunAsync(options, context.Time, live, stop.Token).ConfigureAwait(false);
            if (options.Json)
                await context.Out.WriteLineAsync(result.ReportJson).ConfigureAwait(false);
            else if (!live)
                await context.Out.WriteLineAsync(result.Summary).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }
}

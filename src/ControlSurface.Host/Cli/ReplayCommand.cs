using ControlSurface.Host.Demo;
using ControlSurface.Host.Journal;
using ControlSurface.Host.Reporting;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface replay FILE`: rebuilds a run's final state from its journal.</summary>
internal sealed class ReplayCommand : ICommand, IHasFlags
{
    public string Name => "replay";

    public string Summary => "replay a journal and print the run's report";

    public IReadOnlyCollection<string> Flags { get; } = ["json"];

    public string Help => """
        Usage: controlsurface replay FILE [--json]

        Feeds every input recorded in FILE (written by `demo --journal FILE` or `run --journal FILE`)
        to a fresh engine with the recorded times and prints the final report; it equals the report
        of the run that wrote the journal.

        Options:
          --json    print the JSON report (default: a one-line summary)
        """;

    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        var json = args.Flag("json");
        args.ThrowOnUnknown();
        if (args.Positionals.Count != 1)
            throw new UsageException("expected exactly one journal FILE");
        var path = args.Positionals[0];
        if (!File.Exists(path))
            throw new UsageException($"{path}: no such file");
        Core.Engine.BridgeEngine engine;
        var sections = new List<ReportWriter.Section>();
        try
        {
            engine = JournalReplayer.Replay(path, (header, clock) => BridgeFactory.FromHeader(header, clock, sections));
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
        catch (IOException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
        var report = ReportWriter.Write(engine, sections);
        if (json)
            await context.Out.WriteLineAsync(report).ConfigureAwait(false);
        else
            await context.Out.WriteLineAsync($"replayed {engine.Counters.Inputs} inputs from {path}").ConfigureAwait(false);
        return 0;
    }
}

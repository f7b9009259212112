using ControlSurface.Host.Config;
using ControlSurface.Host.Demo;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface demo`: the bridge on its embedded default (simulated board, built-in mixer).</summary>
internal sealed class DemoCommand : ICommand, IHasFlags
{
    public string Name => "demo";

    public string Summary => "run the bridge on a simulated board and the built-in mixer";

    public IReadOnlyCollection<string> Flags { get; } = ["json"];

    public string Help => """
        Usage: controlsurface demo [--seconds N] [--json] [--journal FILE] [--takes-db FILE]

        Runs the bridge on its embedded default: a simulated board (8 motorized touch faders,
        16 velocity pads, transport and strip buttons, encoders) played by a scripted hand, and
        the built-in mixer, whose automation rides strips 5-8 so motor feedback is visible.
        A live view is drawn when standard output is a terminal.

        Options:
          --seconds N      stop after N seconds (default: run until Ctrl+C)
          --json           print one JSON report on stdout at the end (and no live view)
          --journal FILE   write every engine input to FILE; `controlsurface replay FILE`
                           reproduces the same final report
          --takes-db FILE  keep the take sheet the hand's pad session writes at FILE
                           (default: a fresh file under the temp directory; see `takes list`)
        """;

    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        var config = ConfigLoader.Parse(DemoConfig.Source, DemoConfig.Yaml);
        var takesDb = args.Option("takes-db") ?? Path.Combine(Path.GetTempPath(), "controlsurface-demo",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"takes-{context.Time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..8]}.db"));
        config = config with { Extras = new Dictionary<string, string>(config.Extras) { [Takes.TakesModule.DbKey] = Path.GetFullPath(takesDb) } };
        return await BridgeCommand.RunAsync(Name, config, args, context, cancellation).ConfigureAwait(false);
    }
}

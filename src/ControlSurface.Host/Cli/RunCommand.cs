using ControlSurface.Host.Config;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface run --config FILE`: the bridge as configured.</summary>
internal sealed class RunCommand : ICommand, IHasFlags
{
    public string Name => "run";

    public string Summary => "run the bridge from a configuration file";

    public IReadOnlyCollection<string> Flags { get; } = ["json"];

    public string Help => """
        Usage: controlsurface run --config FILE [--seconds N] [--json] [--journal FILE]

        Runs the bridge with the surfaces, targets and mappings described in FILE (YAML; see
        `controlsurface check-config --help` and hardware/examples/). Stops on Ctrl+C or SIGTERM,
        or after --seconds, and prints the same report as `demo`.

        The file (and any board file it names) is watched: a valid edit is applied without a restart
        (changed surfaces and targets are rebuilt, the mix and transport stay); an edit with a mistake
        is refused with file:line:column and the running configuration stays. SIGHUP (systemctl
        reload) reads the file again at once. The report's "config" section counts both.

        Options:
          --config FILE    the configuration (required)
          --seconds N      stop after N seconds (default: run until stopped)
          --json           print one JSON report on stdout at the end
          --journal FILE   record every engine input to FILE for `controlsurface replay`
        """;

    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        var path = args.Option("config") ?? throw new UsageException("--config FILE is required");
        BridgeConfig config;
        try
        {
            config = ConfigLoader.LoadFile(path);
        }
        catch (ConfigException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }
        return await BridgeCommand.RunAsync(Name, config, args, context, cancellation, watchConfig: true).ConfigureAwait(false);
    }
}

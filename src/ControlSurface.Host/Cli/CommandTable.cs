namespace ControlSurface.Host.Cli;

/// <summary>Every sub-command, in the order `--help` lists them. Add one line per new command.</summary>
internal static class CommandTable
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new DemoCommand(),
        new ReplayCommand(),
        new RunCommand(),
        new CheckConfigCommand(),
        new DecodeCommand(),
        new LearnCommand(),
        new SimulateCommand(),
        new TakesCommand(),
        new PortsCommand(),
    ];
}

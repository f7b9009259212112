namespace ControlSurface.Host.Cli;

/// <summary>One `controlsurface` sub-command.</summary>
internal interface ICommand
{
    /// <summary>The word typed after `controlsurface`.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>Full help: usage line and options, shown by `--help`.</summary>
    string Help { get; }

    /// <summary>Runs the command; returns the process exit code. Throw <see cref="UsageException"/> for bad arguments.</summary>
    Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation);
}

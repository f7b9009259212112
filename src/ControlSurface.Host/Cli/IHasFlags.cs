namespace ControlSurface.Host.Cli;

/// <summary>A command whose switches take no value (so `--json FILE` is not read as `--json=FILE`).</summary>
internal interface IHasFlags
{
    /// <summary>Names of the value-less switches, without dashes.</summary>
    IReadOnlyCollection<string> Flags { get; }
}

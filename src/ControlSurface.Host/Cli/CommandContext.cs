namespace ControlSurface.Host.Cli;

/// <summary>What a command may touch: its standard streams and the clock.</summary>
internal sealed record CommandContext(TextReader In, TextWriter Out, TextWriter Error, TimeProvider Time)
{
    /// <summary>The real console and clock.</summary>
    public static CommandContext Console() =>
        new(System.Console.In, System.Console.Out, System.Console.Error, TimeProvider.System);

    /// <summary>Opens standard input as bytes (for binary input such as `decode --midi -`); tests replace it.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = System.Console.OpenStandardInput;

    /// <summary>True when standard output is a terminal (a live view may be drawn).</summary>
    public bool OutputIsTerminal => ReferenceEquals(Out, System.Console.Out) && !System.Console.IsOutputRedirected;
}

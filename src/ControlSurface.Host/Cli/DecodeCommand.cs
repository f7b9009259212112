namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface decode --midi FILE|- [--json]`: prints what a captured byte stream contains, like a monitor.</summary>
/// <remarks>Exit codes: 0 when the input was read to its end (problems inside the stream are output lines, not
/// failures); 2 for bad arguments or an unreadable input.</remarks>
internal sealed class DecodeCommand : ICommand, IHasFlags
{
    /// <summary>The input kinds, each chosen by its own option; exactly one per run.</summary>
    private static readonly IDecodeInput[] Inputs =
    [
        new MidiDecodeInput(),
        new FramesDecodeInput(),
    ];

    public string Name => "decode";

    public string Summary => "decode a captured byte stream (raw MIDI or firmware-link frames) into readable or JSON lines";

    public IReadOnlyCollection<string> Flags { get; } = ["json"];

    public string Help => $$"""
        Usage: controlsurface decode {{string.Join(" | ", Inputs.Select(i => i.Usage))}} [--json]

        Decodes a captured byte stream and prints one line per message, in stream order, with the
        byte offset of each problem found. Give exactly one input; '-' reads standard input.

        Inputs:
        {{string.Join(Environment.NewLine, Inputs.Select(i => i.Help.TrimEnd()))}}

        Options:
          --json            one JSON object per line, e.g. {"type":"note-on","channel":1,"note":60,"velocity":100};
                            problems as {"type":"error","reason":"stray-data","offset":12}
        """;

    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        var json = args.Flag("json");
        IDecodeInput? chosen = null;
        string? source = null;
        foreach (var input in Inputs)
        {
            if (args.Option(input.Option) is not { } value)
                continue;
            if (chosen is not null)
                throw new UsageException($"--{chosen.Option} and --{input.Option} cannot be combined; give one input");
            (chosen, source) = (input, value);
        }
        if (chosen is null || source is null)
            throw new UsageException($"missing input: give {string.Join(" or ", Inputs.Select(i => $"--{i.Option} FILE|-"))}");
        var decode = chosen.Prepare(args, json);
        args.ThrowOnUnknown();
        if (args.Positionals.Count > 0)
            throw new UsageException($"unexpected argument '{args.Positionals[0]}'");

        await using var stream = Open(source, context);
        try
        {
            await decode(stream, context.Out, cancellation).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new UsageException($"{SourceName(source)}: cannot read: {e.Message}");
        }
        return 0;
    }

    private static Stream Open(string source, CommandContext context)
    {
        if (source == "-")
            return context.OpenStandardInput();
        if (Directory.Exists(source))
            throw new UsageException($"{source}: is a directory, not a file");
        if (!File.Exists(source))
            throw new UsageException($"{source}: no such file");
        try
        {
            return new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, useAsync: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{source}: cannot read: {e.Message}");
        }
    }

    private static string SourceName(string source) => source == "-" ? "standard input" : source;
}

namespace ControlSurface.Host.Cli;

/// <summary>One kind of input `decode` understands, chosen by its option (e.g. `--midi FILE|-`).</summary>
/// <remarks>To add an input kind, implement this and list it in <see cref="DecodeCommand"/>; the command handles
/// choosing exactly one input, opening the file or standard input, and turning read failures into exit code 2.</remarks>
internal interface IDecodeInput
{
    /// <summary>The option naming the source, without dashes ("midi").</summary>
    string Option { get; }

    /// <summary>Usage fragment, e.g. "--midi FILE|- [--max-sysex N]".</summary>
    string Usage { get; }

    /// <summary>Help lines for this input and its own options, already indented.</summary>
    string Help { get; }

    /// <summary>Reads (and validates) this input's own options, then returns the step that decodes an opened stream.</summary>
    /// <exception cref="UsageException">When one of its options is bad.</exception>
    Func<Stream, TextWriter, CancellationToken, Task> Prepare(CommandArgs args, bool json);
}

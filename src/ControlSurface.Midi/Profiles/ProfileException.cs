namespace ControlSurface.Midi.Profiles;

/// <summary>A mistake in a profile file, with where it is.</summary>
/// <remarks>The message reads <c>file:line:column: what is wrong</c>, like a compiler's, so editors can jump to it.</remarks>
public sealed class ProfileException : Exception
{
    /// <summary>Creates the error.</summary>
    public ProfileException(string file, long line, long column, string problem)
        : base($"{file}:{line}:{column}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file (or "builtin:name").</summary>
    public string File { get; }

    /// <summary>One-based line.</summary>
    public long Line { get; }

    /// <summary>One-based column.</summary>
    public long Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}

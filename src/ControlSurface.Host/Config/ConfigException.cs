namespace ControlSurface.Host.Config;

/// <summary>A mistake in a configuration file, with where it is.</summary>
/// <remarks>The message reads <c>file:line:column: what is wrong</c>, like a compiler's, so editors can jump to it.</remarks>
internal sealed class ConfigException(string file, long line, long column, string problem)
    : Exception($"{file}:{line}:{column}: {problem}")
{
    public string File { get; } = file;

    public long Line { get; } = line;

    public long Column { get; } = column;

    public string Problem { get; } = problem;
}

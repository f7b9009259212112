namespace ControlSurface.Pi.Board;

/// <summary>One mistake in a board description, with where it is.</summary>
/// <param name="File">The file name, or null when read from a string.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Path">The JSON path of the offending value, e.g. "chips[2].address".</param>
/// <param name="Message">What is wrong, in words a builder understands.</param>
public sealed record BoardError(string? File, int Line, int Column, string Path, string Message)
{
    /// <summary>"file:line:column: path: message", the shape editors and compilers use.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File ?? "board"}:{Line}:{Column}: " : File is null ? "" : $"{File}: ";
        return $"{where}{Path}: {Message}";
    }
}

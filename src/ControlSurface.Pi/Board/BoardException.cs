namespace ControlSurface.Pi.Board;

/// <summary>A board description that cannot be used; <see cref="Errors"/> lists every mistake found.</summary>
public sealed class BoardException : Exception
{
    /// <summary>Creates the exception from the mistakes found.</summary>
    public BoardException(IReadOnlyList<BoardError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every mistake, in file order.</summary>
    public IReadOnlyList<BoardError> Errors { get; }

    private static string Describe(IReadOnlyList<BoardError> errors) =>
        errors.Count == 1
            ? $"board description: {errors[0]}"
            : $"board description has {errors.Count} errors:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors);
}

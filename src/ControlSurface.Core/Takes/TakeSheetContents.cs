namespace ControlSurface.Core.Takes;

/// <summary>Everything on a take sheet.</summary>
/// <param name="Songs">Song names in the order they were added.</param>
/// <param name="Takes">Every take, ordered by wall-clock start.</param>
public sealed record TakeSheetContents(IReadOnlyList<string> Songs, IReadOnlyList<Take> Takes)
{
    /// <summary>An empty sheet.</summary>
    public static TakeSheetContents Empty { get; } = new([], []);
}

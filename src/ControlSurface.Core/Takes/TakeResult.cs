namespace ControlSurface.Core.Takes;

/// <summary>What one take action did.</summary>
/// <param name="Applied">False when the action was ignored (e.g. record while not armed); <paramref name="Message"/> says why.</param>
/// <param name="Message">One line for the log or a display, e.g. "Song 1 take 3 recording".</param>
/// <param name="Take">The take the action touched, if any.</param>
public readonly record struct TakeResult(bool Applied, string Message, Take? Take = null)
{
    /// <summary>An ignored action with the reason.</summary>
    public static TakeResult Ignored(string reason) => new(false, reason);
}

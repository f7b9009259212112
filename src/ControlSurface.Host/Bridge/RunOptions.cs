namespace ControlSurface.Host.Bridge;

/// <summary>How a bridge run goes: for how long, whether it draws, where it journals.</summary>
/// <param name="Seconds">Run time; 0 runs until cancelled.</param>
/// <param name="JournalPath">Journal file, or null for none.</param>
/// <param name="LiveView">Draw the live terminal view.</param>
internal sealed record RunOptions(double Seconds, string? JournalPath, bool LiveView);

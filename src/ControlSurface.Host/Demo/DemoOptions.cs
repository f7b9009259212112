namespace ControlSurface.Host.Demo;

/// <summary>How the demo runs: for how long, what it prints, where it journals.</summary>
/// <param name="Seconds">Run time; 0 runs until cancelled.</param>
/// <param name="Json">Print the JSON report at the end.</param>
/// <param name="JournalPath">Journal file, or null for none.</param>
internal sealed record DemoOptions(double Seconds, bool Json, string? JournalPath);

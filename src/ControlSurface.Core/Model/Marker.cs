namespace ControlSurface.Core.Model;

/// <summary>A named position on the timeline.</summary>
/// <param name="PositionSamples">Where, in samples from the session start.</param>
/// <param name="Name">The marker's name.</param>
public sealed record Marker(long PositionSamples, string Name);

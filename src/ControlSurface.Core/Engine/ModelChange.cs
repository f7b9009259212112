namespace ControlSurface.Core.Engine;

/// <summary>A change the engine made to the model, with where it came from.</summary>
/// <remarks>Targets and feedback receive these on the engine thread. <paramref name="Text"/> is set only for names.</remarks>
public readonly record struct ModelChange(ModelAddress Address, double Value, Origin Origin, string? Text = null);

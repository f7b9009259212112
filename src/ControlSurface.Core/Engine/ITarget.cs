namespace ControlSurface.Core.Engine;

/// <summary>Something the model controls and mirrors: a DAW over Mackie Control or OSC, a mixer, the built-in mixer.</summary>
/// <remarks>
/// The engine calls <see cref="Apply"/> on its own thread for every model change not made by this
/// target itself; it must not block. The target reports its own changes by posting
/// <see cref="EngineInput.TargetUpdate"/> inputs with its origin.
/// </remarks>
public interface ITarget
{
    /// <summary>A short name, e.g. "built-in mixer" or "Ardour (Mackie)".</summary>
    string Name { get; }

    /// <summary>Forwards one model change to the outside authority.</summary>
    void Apply(in ModelChange change);
}

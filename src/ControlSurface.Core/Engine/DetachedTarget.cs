namespace ControlSurface.Core.Engine;

/// <summary>Stands in for a target taken out of a running engine: receives nothing.</summary>
internal sealed class DetachedTarget(string name) : ITarget
{
    public string Name { get; } = name;

    public void Apply(in ModelChange change)
    {
        // Removed by a configuration reload: the outside authority is no longer connected.
    }
}

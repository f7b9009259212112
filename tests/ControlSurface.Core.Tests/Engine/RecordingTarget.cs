using ControlSurface.Core.Engine;

namespace ControlSurface.Core.Tests.Engine;

/// <summary>A target that keeps every model change it is told about.</summary>
internal sealed class RecordingTarget : ITarget
{
    public List<ModelChange> Changes { get; } = [];

    public string Name => "test target";

    public void Apply(in ModelChange change) => Changes.Add(change);
}

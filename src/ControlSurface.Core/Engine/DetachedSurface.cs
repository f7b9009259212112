using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Engine;

/// <summary>Stands in for a surface taken out of a running engine: same name and layout, drops all feedback.</summary>
internal sealed class DetachedSurface(string name, string kind, SurfaceLayout layout) : ISurface
{
    public string Name { get; } = name;

    public string Kind { get; } = kind;

    public SurfaceLayout Layout { get; } = layout;

    public void Send(in FeedbackCommand command)
    {
        // The device is closed; its feedback stage may still be gliding a motor, which now goes nowhere.
    }
}

using ControlSurface.Core.Surfaces;
using ControlSurface.Host.Journal;

namespace ControlSurface.Host.Demo;

/// <summary>A surface rebuilt from a journal: same name, kind and layout; feedback goes nowhere.</summary>
internal sealed class ReplaySurface(JournalSurface recorded) : ISurface
{
    public string Name => recorded.Name;

    public string Kind => recorded.Kind;

    public SurfaceLayout Layout => recorded.Layout;

    public void Send(in FeedbackCommand command)
    {
        // Replays rebuild the model; there is no hardware to show it on.
    }
}

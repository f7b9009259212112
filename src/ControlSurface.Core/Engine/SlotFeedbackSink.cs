using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Engine;

/// <summary>Delivers a feedback stage's output to its surface, counting commands and recording debounced touches.</summary>
internal sealed class SlotFeedbackSink(BridgeEngine engine, SurfaceSlot slot) : IFeedbackSink
{
    public void Send(in FeedbackCommand command)
    {
        engine.Counters.FeedbackCommands++;
        slot.Surface.Send(command);
    }

    public void TouchChanged(int fader, bool touched)
    {
        if ((uint)fader < (uint)slot.Touched.Length)
            slot.Touched[fader] = touched;
    }
}

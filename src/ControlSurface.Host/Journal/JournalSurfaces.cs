using ControlSurface.Core.Engine;
using ControlSurface.Core.Feedback;
using ControlSurface.Core.Mapping;
using ControlSurface.Host.Demo;

namespace ControlSurface.Host.Journal;

/// <summary>Surfaces as the journal sees them: described from a live slot, and rebuilt on a replaying engine.</summary>
internal static class JournalSurfaces
{
    /// <summary>The journal's description of <paramref name="slot"/>: name, kind, layout, bindings and its own feedback settings.</summary>
    public static JournalSurface Describe(SurfaceSlot slot) =>
        new(slot.Name, slot.Kind, slot.Surface.Layout, slot.Mapping.Bindings, slot.FeedbackOptions, slot.Calibration?.ToProfileText());

    /// <summary>Adds <paramref name="recorded"/> to <paramref name="engine"/> as a <see cref="ReplaySurface"/>, with its feedback settings; returns its index.</summary>
    public static int Add(BridgeEngine engine, JournalSurface recorded, bool configureFeedback = true)
    {
        var index = engine.AddSurface(new ReplaySurface(recorded), new SurfaceMapping(recorded.Bindings));
        if (configureFeedback && (recorded.Feedback is not null || recorded.Calibration is not null))
            engine.Feedback.Configure(index, recorded.Feedback ?? engine.Options.Feedback, recorded.Calibration is { } c ? DeviceCalibration.Parse(c) : null);
        return index;
    }
}

using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Feedback;

/// <summary>Where the feedback stage delivers what a surface must show, and the touches it has decided on.</summary>
/// <remarks>
/// Called on the engine thread, synchronously from the stage's methods; implementations must not block
/// (an <see cref="ISurface"/> queues or coalesces). See <see cref="SurfaceFeedbackSink"/> for the adapter
/// that forwards commands to a surface.
/// </remarks>
public interface IFeedbackSink
{
    /// <summary>Hands one feedback command (motor target, LED, text, ring, meter) to the surface.</summary>
    void Send(in FeedbackCommand command);

    /// <summary>A fader's debounced touch state changed (sensor held ~20 ms, or movement fallback).</summary>
    /// <param name="fader">Zero-based fader on the surface.</param>
    /// <param name="touched">True when a hand took the fader, false when it let go.</param>
    void TouchChanged(int fader, bool touched);
}

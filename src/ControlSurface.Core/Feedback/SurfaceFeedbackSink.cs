using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Feedback;

/// <summary>An <see cref="IFeedbackSink"/> that forwards commands to an <see cref="ISurface"/> and reports touches to a callback.</summary>
/// <remarks>The callback is optional; the engine uses it to forward touch to targets (DAW automation touch).</remarks>
public sealed class SurfaceFeedbackSink : IFeedbackSink
{
    private readonly ISurface _surface;
    private readonly Action<int, bool>? _touchChanged;

    /// <summary>Creates the sink.</summary>
    /// <param name="surface">The surface that receives the commands.</param>
    /// <param name="touchChanged">Called with (fader, touched) when a debounced touch starts or ends.</param>
    public SurfaceFeedbackSink(ISurface surface, Action<int, bool>? touchChanged = null)
    {
        ArgumentNullException.ThrowIfNull(surface);
        _surface = surface;
        _touchChanged = touchChanged;
    }

    /// <inheritdoc/>
    public void Send(in FeedbackCommand command) => _surface.Send(command);

    /// <inheritdoc/>
    public void TouchChanged(int fader, bool touched) => _touchChanged?.Invoke(fader, touched);
}

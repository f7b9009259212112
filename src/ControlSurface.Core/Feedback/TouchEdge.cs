namespace ControlSurface.Core.Feedback;

/// <summary>What a touch input or the passing of time did to a fader's touch.</summary>
internal enum TouchEdge
{
    /// <summary>Nothing changed that the arbiter must act on.</summary>
    None,

    /// <summary>The fader became touched (debounced sensor, or movement).</summary>
    Began,

    /// <summary>The fader is no longer touched.</summary>
    Ended,
}

namespace ControlSurface.Core.Surfaces;

/// <summary>A physical (or simulated) control surface as the engine sees it.</summary>
/// <remarks>
/// Adapters (firmware board, MIDI controller, Mackie surface, Pi pins) implement this. They post
/// <see cref="ControlEvent"/>s into the engine's queue and receive <see cref="FeedbackCommand"/>s
/// through <see cref="Send"/>, which the engine calls from its own thread and which must not block
/// (queue or coalesce, then return).
/// </remarks>
public interface ISurface
{
    /// <summary>A name a user recognises, e.g. "board FB-00A1" or "nanoKONTROL2 #1".</summary>
    string Name { get; }

    /// <summary>The adapter kind: "virtual", "firmware", "midi", "mackie", "pi".</summary>
    string Kind { get; }

    /// <summary>What the surface has.</summary>
    SurfaceLayout Layout { get; }

    /// <summary>Hands one feedback command to the surface. Called on the engine thread; never blocks.</summary>
    void Send(in FeedbackCommand command);
}

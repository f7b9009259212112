namespace ControlSurface.Core.Engine;

/// <summary>The engine's time of the input being processed, as a <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// The feedback stages read this instead of the real clock, so every decision within one input sees the
/// same instant and a journal replay makes the same decisions.
/// </remarks>
internal sealed class EngineClock(BridgeEngine engine) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => engine.Start + engine.Now;
}

using ControlSurface.Core.Engine;

namespace ControlSurface.Core.Takes;

/// <summary>The engine's own notion of now (its start plus the time of the input being processed), so a replay stamps takes identically.</summary>
internal sealed class EngineClock(BridgeEngine engine) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => engine.Start + engine.Now;
}

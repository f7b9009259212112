using ControlSurface.Core.Engine;
using ControlSurface.Host.Demo;

namespace ControlSurface.Host.Config;

/// <summary>What components get when they are built: the engine, the clock, and a copy of the model for scripts.</summary>
/// <param name="Engine">The engine to register with and post to.</param>
/// <param name="Time">The clock.</param>
/// <param name="View">The latest copy of the model (taken on the engine thread every 50 ms).</param>
internal sealed record BridgeContext(BridgeEngine Engine, TimeProvider Time, Func<DemoView> View);

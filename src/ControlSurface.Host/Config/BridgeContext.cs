using ControlSurface.Core.Engine;
using ControlSurface.Host.Demo;

namespace ControlSurface.Host.Config;

/// <summary>What components get when they are built: the engine, the clock, and a copy of the model for scripts.</summary>
/// <param name="Engine">The engine to register with and post to.</param>
/// <param name="Time">The clock.</param>
/// <param name="View">The latest copy of the model (taken on the engine thread every 50 ms).</param>
internal sealed record BridgeContext(BridgeEngine Engine, TimeProvider Time, Func<DemoView> View)
{
    /// <summary>The run's log (stderr; the systemd journal under systemd), for events a user should see: a device lost, back, online.</summary>
    /// <remarks>Write through <see cref="LogLine.Write"/>, which adds the syslog priority under systemd and serialises writers.</remarks>
    public TextWriter Log { get; init; } = TextWriter.Null;
}

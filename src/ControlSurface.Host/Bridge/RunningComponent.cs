using ControlSurface.Host.Config;

namespace ControlSurface.Host.Bridge;

/// <summary>A component as it runs: the entry it came from and the engine slots it registered.</summary>
/// <param name="Config">The configuration entry.</param>
/// <param name="Component">The running component.</param>
/// <param name="Surfaces">Engine surface indices it added.</param>
/// <param name="Targets">Engine target indices it added.</param>
internal sealed record RunningComponent(ComponentConfig Config, IBridgeComponent Component, Range Surfaces, Range Targets);

using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Engine;

/// <summary>One input to the engine loop; every input can be journaled and replayed.</summary>
/// <remarks>A value type so posting from I/O threads allocates nothing (except <see cref="Text"/> for names and status).</remarks>
public readonly record struct EngineInput(
    EngineInputKind Kind,
    ControlEvent Control,
    ModelAddress Address,
    double Value,
    Origin Origin,
    string? Text = null)
{
    /// <summary>A surface's control event.</summary>
    public static EngineInput FromControl(in ControlEvent e) =>
        new(EngineInputKind.Control, e, default, e.Value, Origin.Surface(e.Surface));

    /// <summary>A target reports a value (or a name, in <paramref name="text"/>).</summary>
    public static EngineInput TargetUpdate(int target, ModelAddress address, double value, string? text = null) =>
        new(EngineInputKind.TargetUpdate, default, address, value, Origin.Target(target), text);

    /// <summary>A timer tick.</summary>
    public static EngineInput Tick() => new(EngineInputKind.Tick, default, default, 0, Origin.Engine);

    /// <summary>A surface's status: connected (value 1/0) and counters as a JSON object.</summary>
    public static EngineInput SurfaceStatus(int surface, bool connected, string countersJson) =>
        new(EngineInputKind.SurfaceStatus, default, default, connected ? 1 : 0, Origin.Surface(surface), countersJson);
}

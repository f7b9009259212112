namespace ControlSurface.Core.Engine;

/// <summary>The kinds of input the engine loop consumes.</summary>
public enum EngineInputKind : byte
{
    /// <summary>A surface's control event (<see cref="EngineInput.Control"/>).</summary>
    Control,
    /// <summary>A target reports a value (<see cref="EngineInput.Address"/>, <see cref="EngineInput.Value"/>).</summary>
    TargetUpdate,
    /// <summary>A timer tick: advance transport, meters, feedback timers.</summary>
    Tick,
    /// <summary>A surface reports its link status and counters (<see cref="EngineInput.Text"/> carries them as JSON).</summary>
    SurfaceStatus,
}

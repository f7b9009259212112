using ControlSurface.Core.Engine;

namespace ControlSurface.Firmware.Link;

/// <summary>Where a firmware surface posts its inputs: usually <c>BridgeEngine.Post</c>. Thread-safe, never blocks.</summary>
/// <returns>False when the engine refused the input (its queue is full).</returns>
public delegate bool EnginePost(in EngineInput input);

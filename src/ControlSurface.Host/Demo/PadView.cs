using ControlSurface.Core.Pads;

namespace ControlSurface.Host.Demo;

/// <summary>A copy of one take pad for the live view, taken on the engine thread.</summary>
/// <param name="Pad">Zero-based pad number (take pad slot).</param>
/// <param name="Action">The bound take action in config spelling ("arm", "rate:3"), or null when the pad is unbound.</param>
/// <param name="State">What the pad's LED shows.</param>
internal readonly record struct PadView(int Pad, string? Action, PadLedState State);

using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Pads;

/// <summary>A pad strike that passed its threshold, with the shaped velocity and the bound action.</summary>
/// <param name="Surface">The surface's engine index.</param>
/// <param name="Pad">Zero-based pad number.</param>
/// <param name="Velocity">Velocity after the pad's curve, 0..1.</param>
/// <param name="Action">The take action bound to the pad.</param>
public readonly record struct PadStrike(int Surface, int Pad, double Velocity, TakeAction Action);

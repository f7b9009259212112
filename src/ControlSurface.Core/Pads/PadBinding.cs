using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Pads;

/// <summary>One pad bound to a take action, with its velocity curve and threshold.</summary>
/// <param name="Pad">Zero-based pad number on the surface.</param>
/// <param name="Action">What a counted strike does.</param>
/// <param name="Curve">How strikes are filtered and shaped.</param>
public sealed record PadBinding(int Pad, TakeAction Action, VelocityCurve Curve);

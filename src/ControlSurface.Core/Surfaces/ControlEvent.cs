namespace ControlSurface.Core.Surfaces;

/// <summary>One thing a hand did on a surface, in normalised units.</summary>
/// <remarks>
/// <paramref name="Surface"/> is the engine's index for the surface (see <see cref="SurfaceRegistry"/>);
/// <paramref name="Control"/> is zero-based within its kind (fader 0, pad 0, button 0...).
/// Faders and pads carry 0..1; encoders carry signed steps. A value type so the hot path never allocates.
/// </remarks>
public readonly record struct ControlEvent(int Surface, ControlEventKind Kind, int Control, double Value);

namespace ControlSurface.Pi.Inputs;

/// <summary>A debounced button edge.</summary>
/// <param name="Button">The surface's button number.</param>
/// <param name="Pressed">True for down, false for up.</param>
internal readonly record struct ButtonChange(int Button, bool Pressed);

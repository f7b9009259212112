namespace ControlSurface.Pi.Board;

/// <summary>An LED that feedback can set: one pixel of a WS2812 chain.</summary>
/// <param name="Led">Zero-based LED number on the surface (the feedback command's control).</param>
/// <param name="Chip">Id of the WS2812 chain.</param>
/// <param name="Index">Pixel index in the chain.</param>
/// <param name="Color">Colour (0xRRGGBB) used when the feedback command carries none.</param>
/// <param name="Path">Where the LED was declared.</param>
public sealed record LedSpec(int Led, string Chip, int Index, int Color, string Path);

namespace ControlSurface.Pi.Board;

/// <summary>The scribble-strip display: an HD44780 LCD or SSD1306 OLED split into equal columns, one per strip.</summary>
/// <param name="Chip">Id of the HD44780 or SSD1306 chip.</param>
/// <param name="Strips">How many strips share the display side by side.</param>
/// <param name="Path">Where the display was declared.</param>
public sealed record DisplaySpec(string Chip, int Strips, string Path);

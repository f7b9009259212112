namespace ControlSurface.Pi.Board;

/// <summary>A push button: on a Pi pin (<paramref name="Chip"/> null) or on an MCP23017 pin; wired to ground, pulled up.</summary>
/// <param name="Button">Zero-based button number on the surface.</param>
/// <param name="Chip">Id of the MCP23017, or null for a Pi GPIO.</param>
/// <param name="Pin">Pi GPIO (BCM) or expander pin 0..15 (GPA0..7 = 0..7, GPB0..7 = 8..15).</param>
/// <param name="Path">Where the button was declared.</param>
public sealed record ButtonSpec(int Button, string? Chip, int Pin, string Path);

namespace ControlSurface.Host.Mackie;

/// <summary>One emulated Mackie Control unit's JACK connections (main unit first, then extenders).</summary>
/// <param name="Input">The DAW's output port (or pattern) that feeds this unit, e.g. "ardour:mackie control out"; null connects nothing.</param>
/// <param name="Output">The DAW's input port (or pattern) this unit feeds, e.g. "ardour:mackie control in"; null connects nothing.</param>
internal sealed record MackieUnitSettings(string? Input, string? Output);

namespace ControlSurface.Host.Mackie;

/// <summary>Settings of a `kind: mackie-control` target.</summary>
/// <param name="Server">JACK server name; null: JACK_DEFAULT_SERVER, else "default".</param>
/// <param name="Client">JACK client name our ports appear under.</param>
/// <param name="Units">The main unit, then up to seven extenders (XT), 8 strips each.</param>
/// <param name="Locate">The DAW's OSC surface for absolute locates (Mackie Control has none), or null.</param>
internal sealed record MackieControlSettings(string? Server, string Client, IReadOnlyList<MackieUnitSettings> Units, System.Net.IPEndPoint? Locate = null);

using ControlSurface.Host.Config;

namespace ControlSurface.Host.Mackie;

/// <summary>`kind: mackie-control`: the bridge as a Mackie Control surface (main unit + XT units) for a DAW, over JACK MIDI.</summary>
/// <remarks>
/// Settings: <c>server</c> (JACK server name), <c>client</c> (our JACK client name, default "controlsurface"),
/// <c>units</c> (a list, main unit first; each with <c>from</c>: the DAW's output port that feeds the unit and
/// <c>to</c>: the DAW's input port the unit feeds; names or patterns with * and ?). Without <c>units</c>: one main
/// unit that connects nothing (patch it with a JACK patchbay). Connections are remade whenever the ports reappear.
/// <c>locate</c>: <c>osc://HOST:PORT</c> of the DAW's OSC surface (Ardour: 3819), for the absolute locates MCU lacks
/// (playing a take back from its start); see <see cref="Osc.OscLocateSender"/>.
/// </remarks>
internal sealed class MackieControlKind : IComponentKind
{
    /// <summary>One main unit and up to seven extenders: 64 strips, as far as hosts chain units.</summary>
    public const int MaxUnits = 8;

    public string Kind => "mackie-control";

    public string Role => "target";

    public string Description => "a DAW over Mackie Control (we are the surface) on JACK MIDI; server, client, units: [{from: DAW OUT PORT, to: DAW IN PORT}] main first, then XTs; locate: osc://HOST:PORT (DAW's OSC, for locates)";

    public object Parse(ConfigNode node)
    {
        var server = node.String("server");
        if (server is { Length: 0 })
            throw node.ErrorAtKey("server", "server must not be empty (leave it out for JACK_DEFAULT_SERVER or \"default\")");
        var client = node.String("client") ?? "controlsurface";
        if (client.Length is 0 or > 63 || client.Contains(':', StringComparison.Ordinal))
            throw node.ErrorAtKey("client", "client must be 1 to 63 characters without ':'");
        var units = new List<MackieUnitSettings>();
        var entries = node.Sections("units");
        if (entries.Count > MaxUnits)
            throw node.ErrorAtKey("units", $"at most {MaxUnits} units (a main unit and {MaxUnits - 1} extenders), not {entries.Count}");
        foreach (var unit in entries)
        {
            var input = unit.String("from");
            var output = unit.String("to");
            foreach (var (key, value) in (ReadOnlySpan<(string, string?)>)[("from", input), ("to", output)])
            {
                if (value is not null && !value.Contains(':', StringComparison.Ordinal))
                    throw unit.ErrorAtKey(key, $"'{value}' is not a JACK port name (CLIENT:PORT, e.g. \"ardour:mackie control {(key == "from" ? "out" : "in")}\")");
            }
            unit.RejectUnknownKeys();
            units.Add(new MackieUnitSettings(input, output));
        }
        if (units.Count == 0)
            units.Add(new MackieUnitSettings(null, null));
        var locate = node.String("locate");
        System.Net.IPEndPoint? endpoint;
        try
        {
            endpoint = locate is null ? null : Osc.OscLocateSender.ParseAddress(locate);
        }
        catch (FormatException e)
        {
            throw node.ErrorAtKey("locate", e.Message);
        }
        return new MackieControlSettings(server, client, units, endpoint);
    }

    public IBridgeComponent Create(string name, object settings, BridgeContext context) =>
        new MackieControlComponent(context, name, (MackieControlSettings)settings);
}

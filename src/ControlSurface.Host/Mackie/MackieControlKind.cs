using ControlSurface.Host.Config;
using ControlSurface.Host.Midi;

namespace ControlSurface.Host.Mackie;

/// <summary>`kind: mackie-control`: the bridge as a Mackie Control surface (main unit + XT units) for a DAW, over JACK MIDI or a device file.</summary>
/// <remarks>
/// <para>JACK: <c>server</c> (JACK server name), <c>client</c> (our JACK client name, default "controlsurface"),
/// <c>units</c> (a list, main unit first; each with <c>from</c>: the DAW's output port that feeds the unit and
/// <c>to</c>: the DAW's input port the unit feeds; names or patterns with * and ?). Without <c>units</c>: one main
/// unit that connects nothing (patch it with a JACK patchbay). Connections are remade whenever the ports reappear.
/// <c>jack: {from, to, client, server}</c> says the same for one main unit, as the other MIDI kinds write it.</para>
/// <para>Device: <c>port</c> (an ALSA rawmidi node such as the Pi's USB MIDI gadget, /dev/snd/midiC1D0, or a serial
/// port with <c>baud</c>, default 31250): one main unit. Exactly one of JACK and <c>port</c>.</para>
/// <para>Either way, <c>locate</c>: <c>osc://HOST:PORT</c> of the DAW's OSC surface (Ardour: 3819), for the absolute
/// locates MCU lacks (playing a take back from its start); see <see cref="Osc.OscLocateSender"/>.</para>
/// </remarks>
internal sealed class MackieControlKind : IComponentKind
{
    /// <summary>One main unit and up to seven extenders: 64 strips, as far as hosts chain units.</summary>
    public const int MaxUnits = 8;

    private static readonly string[] JackKeys = ["server", "client", "units"];

    public string Kind => "mackie-control";

    public string Role => "target";

    public string Description => "a DAW over Mackie Control (we are the surface); on JACK MIDI: server, client, units: [{from: DAW OUT PORT, to: DAW IN PORT}] main first, then XTs (or jack: {from, to, client, server}); or on a device: port: /dev/snd/midiC1D0 (USB MIDI gadget) or a serial port with baud: N; locate: osc://HOST:PORT (DAW's OSC, for locates)";

    public object Parse(ConfigNode node)
    {
        var jack = MidiPortOpener.ParseJack(node); // refuses port: together with jack:
        if (node.Has("port"))
            return ParsePort(node);
        if (node.Has("baud"))
            throw node.ErrorAtKey("baud", "'baud' goes with 'port:' (a serial port); this entry is on JACK");
        if (jack is not null)
            return FromJackSection(node, jack);

        var server = node.String("server");
        if (server is { Length: 0 })
            throw node.ErrorAtKey("server", "server must not be empty (leave it out for JACK_DEFAULT_SERVER or \"default\")");
        var client = node.String("client") ?? "controlsurface";
        CheckClient(node, "client", client);
        var units = new List<MackieUnitSettings>();
        var entries = node.Sections("units");
        if (entries.Count > MaxUnits)
            throw node.ErrorAtKey("units", $"at most {MaxUnits} units (a main unit and {MaxUnits - 1} extenders), not {entries.Count}");
        foreach (var unit in entries)
        {
            var input = unit.String("from");
            var output = unit.String("to");
            CheckJackName(unit, "from", input);
            CheckJackName(unit, "to", output);
            unit.RejectUnknownKeys();
            units.Add(new MackieUnitSettings(input, output));
        }
        if (units.Count == 0)
            units.Add(new MackieUnitSettings(null, null));
        return new MackieControlSettings(server, client, units, ParseLocate(node));
    }

    private static System.Net.IPEndPoint? ParseLocate(ConfigNode node)
    {
        var locate = node.String("locate");
        try
        {
            return locate is null ? null : Osc.OscLocateSender.ParseAddress(locate);
        }
        catch (FormatException e)
        {
            throw node.ErrorAtKey("locate", e.Message);
        }
    }

    public IBridgeComponent Create(string name, object settings, BridgeContext context) =>
        new MackieControlComponent(context, name, (MackieControlSettings)settings);

    private static MackieControlSettings ParsePort(ConfigNode node)
    {
        foreach (var key in JackKeys)
        {
            if (node.Has(key))
                throw node.ErrorAtKey(key, $"'{key}' is a JACK setting, and this entry is on 'port:' (a device file): give either JACK or 'port:', not both");
        }
        var port = node.String("port") ?? "";
        if (port.Length == 0)
            throw node.ErrorAtKey("port", "'port' must name a device file, e.g. /dev/snd/midiC1D0 (the USB MIDI gadget; `amidi -l` lists them) or /dev/ttyUSB0");
        if (MidiPortOpener.IsRawMidi(port) && node.Has("baud"))
            throw node.ErrorAtKey("baud", $"'baud' is for serial ports; {port} is an ALSA rawmidi device");
        var baud = node.Int("baud", 31250, 300, 4_000_000);
        return new MackieControlSettings(null, "controlsurface", [new MackieUnitSettings(null, null)], ParseLocate(node), port, baud);
    }

    private static MackieControlSettings FromJackSection(ConfigNode node, JackPortSettings jack)
    {
        foreach (var key in JackKeys)
        {
            if (node.Has(key))
                throw node.ErrorAtKey(key, $"'{key}' is given twice: here and in 'jack:' (keep one; 'units:' for extenders)");
        }
        var section = node.Section("jack")!;
        var from = jack.From.Length > 0 ? jack.From : null;
        var to = jack.To.Length > 0 ? jack.To : null;
        CheckJackName(section, "from", from);
        CheckJackName(section, "to", to);
        CheckClient(section, "client", jack.Client);
        if (jack.Server is { Length: 0 })
            throw section.ErrorAtKey("server", "server must not be empty (leave it out for JACK_DEFAULT_SERVER or \"default\")");
        return new MackieControlSettings(jack.Server, jack.Client, [new MackieUnitSettings(from, to)], ParseLocate(node));
    }

    private static void CheckClient(ConfigNode node, string key, string client)
    {
        if (client.Length is 0 or > 63 || client.Contains(':', StringComparison.Ordinal))
            throw node.ErrorAtKey(key, "client must be 1 to 63 characters without ':'");
    }

    private static void CheckJackName(ConfigNode node, string key, string? value)
    {
        if (value is not null && !value.Contains(':', StringComparison.Ordinal))
            throw node.ErrorAtKey(key, $"'{value}' is not a JACK port name (CLIENT:PORT, e.g. \"ardour:mackie control {(key == "from" ? "out" : "in")}\")");
    }
}

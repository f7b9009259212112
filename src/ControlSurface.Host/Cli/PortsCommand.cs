using System.Text.Json;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface ports [--json] [--jack-server NAME]`: the serial ports, rawmidi devices and JACK MIDI ports present now.</summary>
internal sealed class PortsCommand : ICommand, IHasFlags
{
    public string Name => "ports";

    public string Summary => "list serial ports, ALSA rawmidi devices and JACK MIDI ports";

    public string Help => """
        Usage: controlsurface ports [--json] [--jack-server NAME]

        Lists what exists right now: serial ports (a firmware board or DIN MIDI through a UART),
        ALSA rawmidi devices (/dev/snd/midiC*D*, USB MIDI controllers) and the MIDI ports of a running
        JACK server (never starts one). Names are what a config file takes.

          --json              one JSON object: {"ports":[{kind,name,direction,description}], "jack":"running|..."}
          --jack-server NAME  JACK server to ask (default: $JACK_DEFAULT_SERVER, else "default")
        """;

    public IReadOnlyCollection<string> Flags { get; } = ["json"];

    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        var json = args.Flag("json");
        var server = args.Option("jack-server");
        args.ThrowOnUnknown();
        if (args.Positionals.Count > 0)
            throw new UsageException($"unexpected argument '{args.Positionals[0]}'");

        var ports = MidiPortLister.All(server, out var jackStatus);
        if (json)
        {
            await context.Out.WriteLineAsync(ToJson(ports, jackStatus)).ConfigureAwait(false);
            return 0;
        }
        if (ports.Count == 0)
            await context.Out.WriteLineAsync("no ports found").ConfigureAwait(false);
        foreach (var p in ports)
            await context.Out.WriteLineAsync($"{p.Kind,-8} {p.Direction,-6} {p.Name,-40} {p.Description}").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"jack: {jackStatus}").ConfigureAwait(false);
        return 0;
    }

    internal static string ToJson(IReadOnlyList<MidiPortInfo> ports, string jackStatus)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("ports");
            foreach (var p in ports)
            {
                w.WriteStartObject();
                w.WriteString("kind", p.Kind);
                w.WriteString("name", p.Name);
                w.WriteString("direction", p.Direction);
                w.WriteString("description", p.Description);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("jack", jackStatus);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

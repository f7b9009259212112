using ControlSurface.Host.Config;
using ControlSurface.Midi.Ports;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Host.Midi;

/// <summary>Opens the port of a MIDI device entry: a device file (`port:`, rawmidi or serial) or a JACK port pair (`jack:`).</summary>
/// <remarks>
/// <c>jack: { from: "client:port", to: "client:port", client: controlsurface, server: NAME }</c>. The port pair is
/// named after the entry ("NAME in" / "NAME out"); the client reconnects by itself when the server or the
/// device's ports come back.
/// </remarks>
internal static class MidiPortOpener
{
    /// <summary>The `jack:` section of <paramref name="node"/>, checked; null when absent. An entry has either `port:` or `jack:`.</summary>
    public static JackPortSettings? ParseJack(ConfigNode node)
    {
        if (node.Section("jack") is not { } jack)
            return null;
        if (node.Has("port"))
            throw node.ErrorAtKey("port", "give either 'port:' (a device path) or 'jack:' (JACK ports), not both");
        var settings = new JackPortSettings(jack.String("from") ?? "", jack.String("to") ?? "", jack.String("client") ?? "controlsurface", jack.String("server"));
        jack.RejectUnknownKeys();
        if (settings.Client.Length == 0)
            throw jack.ErrorAtKey("client", "'client' must not be empty");
        return settings;
    }

    /// <summary>Starts a JACK client with one duplex port named <paramref name="portName"/>; disposing the result closes both.</summary>
    public static JackDevicePort OpenJack(JackPortSettings settings, string portName)
    {
        var client = JackMidiClient.Start(settings.Client, new JackClientOptions(settings.Server));
        var port = client.AddPort(portName,
            settings.From.Length > 0 ? settings.From : null,
            settings.To.Length > 0 ? settings.To : null);
        return new JackDevicePort(client, port, settings.From.Length > 0, settings.To.Length > 0);
    }

    /// <summary>True for an ALSA rawmidi node (/dev/snd/...): a byte stream with no line settings.</summary>
    public static bool IsRawMidi(string path) => path.StartsWith("/dev/snd/", StringComparison.Ordinal);

    /// <summary>Opens a device file as a MIDI byte port: rawmidi as it is, anything else as a raw serial line at <paramref name="baud"/>.</summary>
    /// <remarks>The port closes and reopens the path by itself when the device goes and comes back (USB unplug).</remarks>
    public static FdMidiPort OpenDevice(string path, int baud) =>
        IsRawMidi(path) ? FdMidiPort.OpenRawMidi(path) : FdMidiPort.OpenSerial(path, baud);
}

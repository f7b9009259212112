namespace ControlSurface.Midi.Ports.Jack;

/// <summary>Lists the MIDI ports of a running JACK server through a short-lived client.</summary>
internal static unsafe class JackPortQuery
{
    public static IReadOnlyList<MidiPortInfo> MidiPorts(string? serverName, out string status)
    {
        var found = new List<MidiPortInfo>();
        if (!JackNative.IsAvailable)
        {
            status = "libjack not installed";
            return found;
        }
        JackNative.jack_set_error_function(&JackProcess.OnLibraryMessage);
        JackNative.jack_set_info_function(&JackProcess.OnLibraryMessage);
        var client = JackMidiClient.OpenClient($"cs-ports-{Environment.ProcessId}", serverName);
        if (client == 0)
        {
            status = "no JACK server running";
            return found;
        }
        try
        {
            var names = JackNative.jack_get_ports(client, null, JackNative.MidiType, new System.Runtime.InteropServices.CULong(0));
            if (names is not null)
            {
                for (var i = 0; names[i] is not null; i++)
                {
                    var name = JackNative.Utf8(names[i])!;
                    var port = JackNative.jack_port_by_name(client, name);
                    var flags = port == 0 ? 0 : JackNative.jack_port_flags(port);
                    var direction = (flags & (int)JackNative.PortIsOutput) != 0 ? "out" : "in";
                    var physical = (flags & (int)JackNative.PortIsPhysical) != 0 ? "physical" : "software";
                    var colon = name.IndexOf(':', StringComparison.Ordinal);
                    found.Add(new MidiPortInfo("jack", name, direction, $"{physical} port of {(colon > 0 ? name[..colon] : name)}"));
                }
                JackNative.jack_free(names);
            }
            status = "running";
        }
        finally
        {
            JackMidiClient.CloseClient(client);
        }
        return found;
    }

    /// <summary>Full names of the MIDI ports with all of <paramref name="flags"/> (input or output) on <paramref name="client"/>'s server.</summary>
    public static List<string> PortNames(nint client, ulong flags)
    {
        var found = new List<string>();
        var names = JackNative.jack_get_ports(client, null, JackNative.MidiType, new System.Runtime.InteropServices.CULong((nuint)flags));
        if (names is null)
            return found;
        for (var i = 0; names[i] is not null; i++)
            found.Add(JackNative.Utf8(names[i])!);
        JackNative.jack_free(names);
        return found;
    }
}

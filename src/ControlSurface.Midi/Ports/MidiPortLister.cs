namespace ControlSurface.Midi.Ports;

/// <summary>Finds the serial ports, ALSA rawmidi devices and JACK MIDI ports present now.</summary>
/// <remarks>Reads /dev and /sys; asks a running JACK server (never starts one). Each call looks again, so new devices show up.</remarks>
public static class MidiPortLister
{
    private static readonly string[] SerialPatterns = ["ttyUSB*", "ttyACM*", "ttyAMA*", "ttyS*", "serial*", "ttyGS*"];

    /// <summary>Serial ports that have a driver behind them (legacy ttyS ports without a UART are skipped).</summary>
    public static IReadOnlyList<MidiPortInfo> SerialPorts(string devRoot = "/dev", string sysRoot = "/sys/class/tty")
    {
        var found = new List<MidiPortInfo>();
        if (!Directory.Exists(devRoot))
            return found;
        foreach (var pattern in SerialPatterns)
        {
            foreach (var path in Directory.EnumerateFileSystemEntries(devRoot, pattern).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                var sys = Path.Combine(sysRoot, name);
                var driver = ReadLink(Path.Combine(sys, "device", "driver"));
                if (name.StartsWith("ttyS", StringComparison.Ordinal) && ReadText(Path.Combine(sys, "type")) is "0" or null)
                    continue; // an 8250 slot with no UART behind it
                found.Add(new MidiPortInfo("serial", path, "duplex", driver ?? (File.Exists(path) ? "link" : "tty")));
            }
        }
        return found;
    }

    /// <summary>ALSA rawmidi device nodes (/dev/snd/midiC*D*) with the card's name.</summary>
    public static IReadOnlyList<MidiPortInfo> RawMidiDevices(string sndRoot = "/dev/snd", string procRoot = "/proc/asound")
    {
        var found = new List<MidiPortInfo>();
        if (!Directory.Exists(sndRoot))
            return found;
        foreach (var path in Directory.EnumerateFileSystemEntries(sndRoot, "midiC*D*").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var d = name.IndexOf('D', 5);
            var card = name[5..d];
            var device = name[(d + 1)..];
            var info = ReadText(Path.Combine(procRoot, $"card{card}", $"midi{device}"))
                ?? ReadText(Path.Combine(procRoot, $"card{card}", "id"))
                ?? $"card {card}";
            found.Add(new MidiPortInfo("rawmidi", path, "duplex", $"hw:{card},{device} {info.Split('\n')[0].Trim()}".Trim()));
        }
        return found;
    }

    /// <summary>JACK MIDI ports of a running server; <paramref name="status"/> says why the list is empty.</summary>
    public static IReadOnlyList<MidiPortInfo> JackPorts(string? serverName, out string status) =>
        Jack.JackPortQuery.MidiPorts(serverName, out status);

    /// <summary>All three kinds, JACK last.</summary>
    public static IReadOnlyList<MidiPortInfo> All(string? jackServer, out string jackStatus)
    {
        var all = new List<MidiPortInfo>();
        all.AddRange(SerialPorts());
        all.AddRange(RawMidiDevices());
        all.AddRange(JackPorts(jackServer, out jackStatus));
        return all;
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? ReadLink(string path)
    {
        try
        {
            var target = new FileInfo(path).LinkTarget;
            return target is null ? null : Path.GetFileName(target);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

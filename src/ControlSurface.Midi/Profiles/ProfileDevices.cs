namespace ControlSurface.Midi.Profiles;

/// <summary>Binds ports to profiles by name pattern and names alike units apart.</summary>
/// <remarks>
/// Ports matching the same profile are ordered by <see cref="DevicePort.StableKey"/> (then port name, ordinal)
/// and numbered from 1. Two units whose ports share a name get different identities, and plugging the same
/// units into the same sockets gives the same identities every time.
/// </remarks>
public static class ProfileDevices
{
    /// <summary>Matches every port against <paramref name="profiles"/> (first match wins) and numbers alike units.</summary>
    public static IReadOnlyList<BoundDevice> Assign(IEnumerable<DevicePort> ports, IEnumerable<ControllerProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(profiles);
        var profileList = profiles.ToList();
        var bound = new List<BoundDevice>();
        foreach (var group in ports
            .Select(port => (port, profile: profileList.FirstOrDefault(p => p.Matches(port.PortName))))
            .Where(x => x.profile is not null)
            .GroupBy(x => x.profile!))
        {
            var n = 0;
            foreach (var (port, profile) in group
                .OrderBy(x => x.port.StableKey, StringComparer.Ordinal)
                .ThenBy(x => x.port.PortName, StringComparer.Ordinal))
            {
                n++;
                bound.Add(new BoundDevice($"{profile!.Name} #{n}", n, port, profile));
            }
        }
        return bound;
    }

    /// <summary>The USB path of an ALSA rawmidi device (e.g. "usb1/1-1/1-1.3") read from sysfs, or the port name.</summary>
    /// <param name="devicePath">e.g. "/dev/snd/midiC1D0".</param>
    /// <param name="sysSound">The sysfs sound class folder ("/sys/class/sound").</param>
    public static DevicePort RawMidi(string devicePath, string sysSound = "/sys/class/sound")
    {
        ArgumentNullException.ThrowIfNull(devicePath);
        var link = Path.Combine(sysSound, Path.GetFileName(devicePath), "device");
        try
        {
            var target = Directory.ResolveLinkTarget(link, returnFinalTarget: true)?.FullName;
            if (target is not null)
            {
                var usb = target.IndexOf("/usb", StringComparison.Ordinal);
                return new DevicePort(devicePath, usb >= 0 ? target[(usb + 1)..] : target);
            }
        }
        catch (IOException)
        {
            // No sysfs entry: fall back to the name.
        }
        return new DevicePort(devicePath, devicePath);
    }
}

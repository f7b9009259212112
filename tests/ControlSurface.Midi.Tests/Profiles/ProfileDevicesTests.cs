using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class ProfileDevicesTests
{
    private static IEnumerable<ControllerProfile> Profiles => BuiltInProfiles.All;

    [Fact]
    public void Assign_TwoUnitsWithTheSamePortName_GetDistinctIdentitiesByUsbPath()
    {
        DevicePort[] ports =
        [
            new("nanoKONTROL2 MIDI 1", "usb1/1-1/1-1.4"),
            new("nanoKONTROL2 MIDI 1", "usb1/1-1/1-1.2"),
            new("Some Keyboard", "usb1/1-2"),
        ];

        var bound = ProfileDevices.Assign(ports, Profiles);

        Assert.Equal(
            [("Korg nanoKONTROL2 #1", "usb1/1-1/1-1.2"), ("Korg nanoKONTROL2 #2", "usb1/1-1/1-1.4")],
            bound.Select(b => (b.Identity, b.Port.StableKey)));
    }

    [Fact]
    public void Assign_SameSocketsInAnotherOrder_SameIdentities()
    {
        DevicePort a = new("MPD218 Port A", "usb1/1-3"), b = new("MPD218 Port A", "usb1/1-1");

        var first = ProfileDevices.Assign([a, b], Profiles).ToDictionary(d => d.Port.StableKey, d => d.Identity);
        var second = ProfileDevices.Assign([b, a], Profiles).ToDictionary(d => d.Port.StableKey, d => d.Identity);

        Assert.Equal(first, second);
        Assert.Equal("Akai MPD218 #1", first["usb1/1-1"]);
    }

    [Fact]
    public void RawMidi_ReadsTheUsbPathFromSysfs()
    {
        var root = Directory.CreateTempSubdirectory("cs-sys-");
        try
        {
            var usb = Directory.CreateDirectory(Path.Combine(root.FullName, "devices/pci0000:00/usb1/1-1/1-1.3/1-1.3:1.0/sound/card1"));
            var cls = Directory.CreateDirectory(Path.Combine(root.FullName, "class/sound/midiC1D0"));
            File.CreateSymbolicLink(Path.Combine(cls.FullName, "device"), usb.FullName);

            var port = ProfileDevices.RawMidi("/dev/snd/midiC1D0", Path.Combine(root.FullName, "class/sound"));

            Assert.Equal("usb1/1-1/1-1.3/1-1.3:1.0/sound/card1", port.StableKey);
            Assert.Equal("/dev/snd/midiC9D0", ProfileDevices.RawMidi("/dev/snd/midiC9D0", Path.Combine(root.FullName, "class/sound")).StableKey);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}

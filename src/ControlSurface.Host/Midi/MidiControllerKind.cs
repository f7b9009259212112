using ControlSurface.Core.Feedback;
using ControlSurface.Host.Config;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Host.Midi;

/// <summary>`kind: midi-controller`: any MIDI controller through a profile (built-in name or file), on a rawmidi or serial MIDI port.</summary>
/// <remarks>
/// Settings: <c>profile</c> (built-in name such as nanokontrol2, or a profile file), <c>port</c> (a device path, or a
/// pattern such as "/dev/snd/midiC*" or "/dev/ttyUSB*"; empty means the profile's own patterns), <c>unit</c> (which of
/// several matching devices, 1-based, in USB-path order), <c>baud</c> (serial, default 31250), <c>pickup</c>
/// (jump, pickup, tolerant, scale). Instead of <c>port</c>, <c>jack:</c> puts the device on JACK ports
/// (<c>from</c>, <c>to</c>, <c>client</c>, <c>server</c>; see <see cref="MidiPortOpener"/>).
/// </remarks>
internal sealed class MidiControllerKind : IComponentKind
{
    public string Kind => "midi-controller";

    public string Role => "surface";

    public string Description => "a MIDI controller described by a profile; profile: NAME|FILE, port: PATH|PATTERN, unit: N, baud: N, pickup: jump|pickup|tolerant|scale; or jack: {from: CLIENT:PORT, to: CLIENT:PORT, client: NAME, server: NAME} instead of port";

    public object Parse(ConfigNode node)
    {
        var profileName = node.RequiredString("profile");
        ControllerProfile profile;
        if (BuiltInProfiles.TryGet(profileName, out var builtIn))
        {
            profile = builtIn;
        }
        else
        {
            var path = Path.IsPathRooted(profileName) ? profileName : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(node.File)) ?? ".", profileName);
            if (!File.Exists(path))
                throw node.ErrorAtKey("profile", $"'{profileName}' is neither a built-in profile ({string.Join(", ", BuiltInProfiles.Names)}) nor a file");
            try
            {
                profile = ProfileLoader.LoadFile(path);
            }
            catch (ProfileException e)
            {
                throw node.ErrorAtKey("profile", $"in the profile: {e.Message}");
            }
        }
        var pickup = (node.String("pickup") ?? "tolerant") switch
        {
            "jump" => PickupMode.Jump,
            "pickup" => PickupMode.Pickup,
            "tolerant" => PickupMode.PickupTolerant,
            "scale" => PickupMode.Scale,
            var other => throw node.ErrorAtKey("pickup", $"pickup must be jump, pickup, tolerant or scale, not '{other}'"),
        };
        var jack = MidiPortOpener.ParseJack(node);
        return new MidiControllerSettings(profile, node.String("port") ?? "", node.Int("unit", 1, 1, 64), node.Int("baud", 31250, 300, 4_000_000), pickup, jack);
    }

    public IBridgeComponent Create(string name, object settings, BridgeContext context) =>
        new MidiControllerComponent(context, name, (MidiControllerSettings)settings);
}

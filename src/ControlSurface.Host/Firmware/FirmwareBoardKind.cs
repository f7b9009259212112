using ControlSurface.Core.Mapping;
using ControlSurface.Host.Config;

namespace ControlSurface.Host.Firmware;

/// <summary>`kind: firmware`: a controller board on a serial port, speaking the firmware link protocol.</summary>
/// <remarks>
/// The board is recognised by the identity in its HELLO, not by the port; `identity:` pins the surface
/// to one board (two identical boards swapped between ports keep their roles).
/// </remarks>
internal sealed class FirmwareBoardKind : IComponentKind
{
    public string Kind => "firmware";

    public string Role => "surface";

    public string Description => "a board on a serial port: port: PATH, identity: SERIAL (optional), faders/pads/encoders, serial: tty|ports";

    public object Parse(ConfigNode node)
    {
        var faders = node.Int("faders", 8, 1, 64);
        return new Settings(
            node.RequiredString("port"),
            node.String("identity"),
            faders,
            node.Int("pads", 16, 0, 128),
            node.Int("encoders", 8, 0, 64),
            (node.String("serial") ?? "tty") switch
            {
                "tty" => "tty",
                "ports" => "ports",
                var other => throw node.ErrorAtKey("serial", $"serial must be 'tty' (direct, Linux) or 'ports' (System.IO.Ports), not '{other}'"),
            });
    }

    public IBridgeComponent Create(string name, object settings, BridgeContext context)
    {
        var s = (Settings)settings;
        return new FirmwareBoardComponent(context, name, s.Port, s.Identity, s.SerialPath,
            s.Faders, s.Pads, StandardBoard.ButtonCount(s.Faders), s.Encoders);
    }

    private sealed record Settings(string Port, string? Identity, int Faders, int Pads, int Encoders, string SerialPath);
}

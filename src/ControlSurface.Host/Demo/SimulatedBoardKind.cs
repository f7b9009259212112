using ControlSurface.Host.Config;
using ControlSurface.Host.Firmware;

namespace ControlSurface.Host.Demo;

/// <summary>`kind: simulated-board`: a simulated board, by default on a real pseudo-terminal through the firmware link.</summary>
/// <remarks>
/// `link: pty` (default) runs the board simulator on the device end of a pty and the host on the shipping serial
/// path; `link: in-process` posts straight into the engine (no serial line, for quick experiments).
/// </remarks>
internal sealed class SimulatedBoardKind : IComponentKind
{
    public string Kind => "simulated-board";

    public string Role => "surface";

    public string Description => "a simulated board (motor faders with touch, pads, buttons, encoders); link: pty|in-process, hand: scripted|none, identity";

    public object Parse(ConfigNode node) => new Settings(
        node.Int("faders", 8, 1, 32),
        node.Int("pads", 16, 0, 64),
        node.Int("encoders", 8, 0, 32),
        (node.String("hand") ?? "none") switch
        {
            "scripted" => true,
            "none" => false,
            var other => throw node.ErrorAtKey("hand", $"hand must be 'scripted' or 'none', not '{other}'"),
        },
        (node.String("link") ?? "pty") switch
        {
            "pty" => true,
            "in-process" => false,
            var other => throw node.ErrorAtKey("link", $"link must be 'pty' or 'in-process', not '{other}'"),
        },
        node.String("identity") ?? "SIM-0001");

    public IBridgeComponent Create(string name, object settings, BridgeContext context)
    {
        var s = (Settings)settings;
        return s.OverPty
            ? new SimulatedRigComponent(context, name, s.Identity, s.Faders, s.Pads, s.Encoders, s.ScriptedHand)
            : new SimulatedBoardComponent(context, name, s.Faders, s.Pads, s.Encoders, s.ScriptedHand);
    }

    private sealed record Settings(int Faders, int Pads, int Encoders, bool ScriptedHand, bool OverPty, string Identity);
}

using ControlSurface.Host.Config;

namespace ControlSurface.Host.Demo;

/// <summary>`kind: simulated-board`: a board simulated in-process, optionally played by the demo's scripted hand.</summary>
internal sealed class SimulatedBoardKind : IComponentKind
{
    public string Kind => "simulated-board";

    public string Role => "surface";

    public string Description => "a simulated board (motor faders with touch, pads, buttons, encoders); hand: scripted|none";

    public object Parse(ConfigNode node) => new Settings(
        node.Int("faders", 8, 1, 32),
        node.Int("pads", 16, 0, 64),
        node.Int("encoders", 8, 0, 32),
        (node.String("hand") ?? "none") switch
        {
            "scripted" => true,
            "none" => false,
            var other => throw node.ErrorAtKey("hand", $"hand must be 'scripted' or 'none', not '{other}'"),
        });

    public IBridgeComponent Create(string name, object settings, BridgeContext context)
    {
        var s = (Settings)settings;
        return new SimulatedBoardComponent(context, name, s.Faders, s.Pads, s.Encoders, s.ScriptedHand);
    }

    private sealed record Settings(int Faders, int Pads, int Encoders, bool ScriptedHand);
}

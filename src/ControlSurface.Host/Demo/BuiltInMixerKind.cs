using ControlSurface.Host.Config;

namespace ControlSurface.Host.Demo;

/// <summary>`kind: builtin-mixer`: the standalone target (the model is the truth), with optional automation.</summary>
internal sealed class BuiltInMixerKind : IComponentKind
{
    public string Kind => "builtin-mixer";

    public string Role => "target";

    public string Description => "the built-in mixer; automation: [strip numbers, 1-based] rides those strips; meters: true|false";

    public object Parse(ConfigNode node) => new Settings(
        [.. node.Ints("automation", 1, 1024).Select(s => s - 1)],
        node.Bool("meters", true));

    public IBridgeComponent Create(string name, object settings, BridgeContext context)
    {
        var s = (Settings)settings;
        foreach (var strip in s.Automated)
        {
            if (strip >= context.Engine.Mixer.Strips.Count)
                throw new ArgumentException($"automation names strip {strip + 1}, but the mixer has {context.Engine.Mixer.Strips.Count}");
        }
        return new BuiltInMixerComponent(context, new BuiltInMixer(context.Engine, name, [.. s.Automated]), s.Meters);
    }

    private sealed record Settings(IReadOnlyList<int> Automated, bool Meters);
}

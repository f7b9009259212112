namespace ControlSurface.Host.Bridge;

/// <summary>Every module attached to each run and replay. Add one line per module.</summary>
internal static class BridgeModules
{
    public static IReadOnlyList<IBridgeModule> All { get; } =
    [
        new Takes.TakesModule(),
    ];
}

using ControlSurface.Core.Engine;

namespace ControlSurface.Host.Config;

/// <summary>A whole configuration: engine settings, surfaces and targets, checked.</summary>
/// <param name="Source">The file it came from ("(built-in demo)" for the embedded default).</param>
/// <param name="Engine">Engine options.</param>
/// <param name="Components">Surfaces then targets, in file order.</param>
/// <param name="Extras">Module settings recorded in the journal header (e.g. takes.db).</param>
internal sealed record BridgeConfig(
    string Source,
    EngineOptions Engine,
    IReadOnlyList<ComponentConfig> Components,
    IReadOnlyDictionary<string, string> Extras);

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
    IReadOnlyDictionary<string, string> Extras)
{
    /// <summary>Every file the configuration was read from: the file itself, then the files its entries use.</summary>
    public IReadOnlyList<string> Files
    {
        get
        {
            var files = new List<string> { Path.GetFullPath(Source) };
            foreach (var c in Components)
            {
                foreach (var f in c.Files ?? [])
                {
                    if (!files.Contains(f))
                        files.Add(f);
                }
            }
            return files;
        }
    }
}

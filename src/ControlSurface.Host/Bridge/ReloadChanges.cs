using System.Globalization;

namespace ControlSurface.Host.Bridge;

/// <summary>What one configuration reload did, by component name.</summary>
internal sealed class ReloadChanges
{
    /// <summary>New entries, built and started.</summary>
    public List<string> Added { get; } = [];

    /// <summary>Entries whose settings changed, closed and built again.</summary>
    public List<string> Rebuilt { get; } = [];

    /// <summary>Entries no longer in the file, closed.</summary>
    public List<string> Removed { get; } = [];

    /// <summary>Entries that failed to build ("name: why"); their previous settings were restored where possible.</summary>
    public List<string> Failed { get; } = [];

    /// <summary>Settings that changed but take a restart (e.g. engine.strips), kept at their running values.</summary>
    public List<string> NeedRestart { get; } = [];

    /// <summary>Live engine changes applied (strip names, timecode rate).</summary>
    public List<string> Engine { get; } = [];

    /// <summary>One line for the log, e.g. "rebuilt desk; added pads; strip names".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        Part(parts, "added", Added);
        Part(parts, "rebuilt", Rebuilt);
        Part(parts, "removed", Removed);
        Part(parts, "changed", Engine);
        Part(parts, "FAILED", Failed);
        Part(parts, "needs a restart (kept as running)", NeedRestart);
        return parts.Count == 0 ? "nothing changed" : string.Join("; ", parts);
    }

    private static void Part(List<string> parts, string label, List<string> names)
    {
        if (names.Count > 0)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{label} {string.Join(", ", names)}"));
    }
}

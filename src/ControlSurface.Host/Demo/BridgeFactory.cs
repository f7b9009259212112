using ControlSurface.Core.Engine;
using ControlSurface.Core.Feedback;
using ControlSurface.Core.Mapping;
using ControlSurface.Host.Bridge;
using ControlSurface.Host.Journal;
using ControlSurface.Host.Reporting;

namespace ControlSurface.Host.Demo;

/// <summary>Builds engines the same way for a live run and for its replay.</summary>
internal static class BridgeFactory
{
    /// <summary>Rebuilds the engine a journal was recorded from, on <paramref name="time"/>, with the same modules attached.</summary>
    public static BridgeEngine FromHeader(JournalHeader header, TimeProvider time, List<ReportWriter.Section> sections)
    {
        var engine = new BridgeEngine(header.Options, time);
        foreach (var s in header.Surfaces)
            JournalSurfaces.Add(engine, s);
        foreach (var module in BridgeModules.All)
            module.Attach(engine, header.Extras, replaying: true, sections);
        return engine;
    }

    /// <summary>The header describing <paramref name="engine"/> as built so far.</summary>
    public static JournalHeader HeaderFor(BridgeEngine engine, IReadOnlyDictionary<string, string>? extras = null) => new(
        engine.Start,
        engine.Options,
        [.. engine.Surfaces.Select(JournalSurfaces.Describe)],
        extras ?? new Dictionary<string, string>());
}

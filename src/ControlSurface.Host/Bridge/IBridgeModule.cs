using ControlSurface.Core.Engine;
using ControlSurface.Host.Reporting;

namespace ControlSurface.Host.Bridge;

/// <summary>A part of the program that hangs off the engine in every run and every replay (e.g. the take sheet).</summary>
internal interface IBridgeModule
{
    /// <summary>
    /// Attaches to <paramref name="engine"/> (on the engine thread, before it runs), reading its settings from
    /// <paramref name="extras"/> (config values that the journal header keeps). When <paramref name="replaying"/>,
    /// touch nothing outside the process (no files written). Adds report sections to <paramref name="sections"/>.
    /// </summary>
    void Attach(BridgeEngine engine, IReadOnlyDictionary<string, string> extras, bool replaying, List<ReportWriter.Section> sections);
}

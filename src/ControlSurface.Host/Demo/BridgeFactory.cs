using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Model;
using ControlSurface.Host.Journal;

namespace ControlSurface.Host.Demo;

/// <summary>Builds engines the same way for a live run and for its replay.</summary>
internal static class BridgeFactory
{
    /// <summary>Timecode rate used in reports and the live view.</summary>
    public const TimecodeRate ReportRate = TimecodeRate.Fps25;

    /// <summary>The demo session: 32 strips, the first sixteen named like a band's tracking session.</summary>
    public static EngineOptions DemoOptions { get; } = new()
    {
        StripNames =
        [
            "Kick", "Snare", "Hi-Hat", "Tom 1", "Tom 2", "OH L", "OH R", "Bass DI",
            "Gtr L", "Gtr R", "Keys", "Pad", "Lead Vox", "Harm Vox", "FX Ret 1", "FX Ret 2",
        ],
    };

    /// <summary>Rebuilds the engine a journal was recorded from, on <paramref name="time"/>.</summary>
    public static BridgeEngine FromHeader(JournalHeader header, TimeProvider time)
    {
        var engine = new BridgeEngine(header.Options, time);
        foreach (var s in header.Surfaces)
            engine.AddSurface(new ReplaySurface(s), new SurfaceMapping(s.Bindings));
        return engine;
    }

    /// <summary>The header describing <paramref name="engine"/> as built so far.</summary>
    public static JournalHeader HeaderFor(BridgeEngine engine, IReadOnlyDictionary<string, string>? extras = null) => new(
        engine.Start,
        engine.Options,
        [.. engine.Surfaces.Select(s => new JournalSurface(s.Surface.Name, s.Surface.Kind, s.Surface.Layout, s.Mapping.Bindings))],
        extras ?? new Dictionary<string, string>());
}

using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;

namespace ControlSurface.Host.Demo;

/// <summary>A snapshot of what the live view shows, copied from the engine on its thread every few ticks.</summary>
internal sealed record DemoView(
    IReadOnlyList<StripView> Strips,
    TransportState State,
    string Timecode,
    string Bbt,
    bool Loop,
    int BankOffset,
    TimeSpan Now)
{
    public static DemoView Empty { get; } = new([], TransportState.Stopped, "00:00:00:00", "001|01|0000", false, 0, TimeSpan.Zero);

    public static DemoView Capture(BridgeEngine engine)
    {
        var m = engine.Mixer;
        var strips = new StripView[m.Strips.Count];
        for (var i = 0; i < strips.Length; i++)
        {
            var s = m.Strips[i];
            strips[i] = new StripView(i, s.Name, s.Fader.Normalized, s.GainDb, s.Mute, s.Solo, s.RecArm, m.IsAudible(i), s.Meter.Level, s.Pan);
        }
        var t = engine.Transport;
        return new DemoView(
            strips,
            t.State,
            t.Timecode.ToString(),
            t.BarsBeatsTicks.ToString(),
            t.Loop,
            engine.Surfaces.Count > 0 ? engine.Surfaces[0].Bank.Offset : 0,
            engine.Now);
    }
}

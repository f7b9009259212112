using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;
using ControlSurface.Core.Pads;

namespace ControlSurface.Host.Demo;

/// <summary>A snapshot of what the live view shows, copied from the engine on its thread every few ticks.</summary>
internal sealed record DemoView(
    IReadOnlyList<StripView> Strips,
    TransportState State,
    string Timecode,
    string Bbt,
    bool Loop,
    int BankOffset,
    TimeSpan Now,
    IReadOnlyList<PadView> Pads)
{
    /// <summary>Take pads shown: a 4 x 4 grid.</summary>
    public const int PadsShown = 16;

    public static DemoView Empty { get; } = new([], TransportState.Stopped, "00:00:00:00", "001|01|0000", false, 0, TimeSpan.Zero, []);

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
            engine.Now,
            CapturePads(engine));
    }

    private static PadView[] CapturePads(BridgeEngine engine)
    {
        if (engine.Takes is not { HasTakePads: true } takes)
            return [];
        var pads = new PadView[PadsShown];
        for (var i = 0; i < pads.Length; i++)
        {
            pads[i] = takes.Layout[i] is { } binding
                ? new PadView(i, binding.Action.ToString(), PadLedFeedback.StateOf(binding, takes.Session))
                : new PadView(i, null, PadLedState.Idle);
        }
        return pads;
    }
}

using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Link;
using ControlSurface.Firmware.Serial;
using ControlSurface.Firmware.Simulation;

namespace ControlSurface.Firmware.Tests.Link;

/// <summary>1 % bit flips, dropped bytes and dropped frames on both directions of a real pty.</summary>
public sealed class FaultInjectionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoisyLine_NoWrongFaderValueNoLostOrDuplicatedEvents_AndTheLinkRecovers()
    {
        var recorder = new EventRecorder();
        var options = new RigOptions { Faults = FaultRates.OnePercent, FaultSeed = 42 };
        await using var rig = await SimulatedBoardRig.StartAsync(options, recorder.Post, TimeProvider.System, Cancel);
        var sim = rig.Simulator;

        for (var f = 0; f < 4; f++)
            sim.Move(f, 0.9 - (f * 0.1), speed: 1.5);
        for (var f = 4; f < 8; f++)
            rig.Surface.Send(FeedbackCommand.FaderTarget(f, 0.2 + (f * 0.05)));
        for (var i = 0; i < 300; i++)
        {
            sim.HitPad(i % 16, ((i % 127) + 1) / 127.0);
            if (i % 3 == 0)
                sim.Click(i % 32);
        }
        var delivered = await recorder.WaitUntilAsync(e => e.Count(x => x.Kind == ControlEventKind.PadHit) >= 300 && e.Count(x => x.Kind == ControlEventKind.ButtonUp) >= 100, Bound);
        rig.Unplug();
        sim.HitPad(15, 1);
        rig.Plug();
        for (var f = 0; f < 4; f++)
            sim.Move(f, 0.1 + (f * 0.1), speed: 1.5);
        var settled = await recorder.WaitUntilAsync(e =>
            e.Count(x => x.Kind == ControlEventKind.PadHit) >= 301 &&
            Enumerable.Range(0, 4).All(f => e.LastOrDefault(x => x.Kind == ControlEventKind.FaderMoved && x.Control == f).Value is var v && Math.Abs(v - (0.1 + (f * 0.1))) < 0.01), Bound);

        Assert.True(delivered, "all pad hits and buttons before the unplug");
        Assert.True(settled, "the hit during the unplug and the final fader positions");
        var hits = recorder.OfKind(ControlEventKind.PadHit);
        var expected = Enumerable.Range(0, 300).Select(i => (i % 16, Math.Round(((i % 127) + 1) / 127.0 * 127) / 127)).Append((15, 1.0));
        Assert.Equal(expected, hits.Select(h => (h.Control, h.Value)));
        var downs = recorder.OfKind(ControlEventKind.ButtonDown).Select(b => b.Control);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (i * 3) % 32), downs);
        foreach (var move in recorder.OfKind(ControlEventKind.FaderMoved))
        {
            var (min, max) = sim.Calibration(move.Control);
            var sent = sim.ReportedRaw(move.Control).Select(raw => Math.Clamp((raw - min) / (double)(max - min), 0, 1));
            Assert.True(sent.Contains(move.Value), $"fader {move.Control}: {move.Value} was never sent by the board");
        }
        Assert.True(rig.Counters.CrcErrors + rig.Counters.FramingErrors + rig.Counters.FramesLost > 0, "the injector damaged nothing");
        Assert.True(rig.Surface.EventDuplicates + rig.Surface.EventGaps + sim.EventRetransmissions > 0, "no event needed repair");
        Assert.Equal(LinkState.Ready, rig.Link.State);
        Assert.Equal(0, sim.EventsDropped);
    }
}

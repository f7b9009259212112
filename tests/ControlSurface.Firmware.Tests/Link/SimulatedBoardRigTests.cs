using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Link;
using ControlSurface.Firmware.Simulation;

namespace ControlSurface.Firmware.Tests.Link;

/// <summary>Host and simulator on the two ends of a real pty, through the Linux tty path.</summary>
public sealed class SimulatedBoardRigTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_OverRealPty_ResyncsAndReadsCalibration()
    {
        var recorder = new EventRecorder();

        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions(), recorder.Post, TimeProvider.System, Cancel);

        Assert.Equal(LinkState.Ready, rig.Link.State);
        Assert.True(rig.Surface.Connected);
        Assert.Equal("SIM-0001", rig.Surface.Identity);
        Assert.Equal(1, rig.Counters.Resyncs);
        Assert.True(await recorder.WaitUntilAsync(_ => rig.Surface.Calibration.IsKnown(7), Bound) || rig.Surface.Calibration.IsKnown(7));
    }

    [Fact]
    public async Task HandMove_OverRealPty_ReachesTheEngineAsTouchMovesAndRelease()
    {
        var recorder = new EventRecorder();
        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions(), recorder.Post, TimeProvider.System, Cancel);

        rig.Simulator.Move(2, 0.75);
        var moved = await recorder.WaitUntilAsync(e => e.Any(x => x.Kind == ControlEventKind.FaderMoved && x.Control == 2 && Math.Abs(x.Value - 0.75) < 0.01), Bound);
        rig.Simulator.Release(2);
        var released = await recorder.WaitUntilAsync(e => e.Any(x => x.Kind == ControlEventKind.FaderReleased && x.Control == 2), Bound);

        Assert.True(moved);
        Assert.True(released);
        var fader2 = recorder.Snapshot().Where(x => x.Control == 2 && x.Kind != ControlEventKind.PadHit).ToList();
        Assert.Equal(ControlEventKind.FaderTouched, fader2.First(x => x.Kind != ControlEventKind.FaderMoved || x.Value > 0.01).Kind);
    }

    [Fact]
    public async Task FaderTarget_OverRealPty_DrivesTheMotorToTheTarget()
    {
        var recorder = new EventRecorder();
        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions(), recorder.Post, TimeProvider.System, Cancel);

        rig.Surface.Send(FeedbackCommand.FaderTarget(4, 0.6));
        var arrived = await recorder.WaitUntilAsync(e => e.Any(x => x.Kind == ControlEventKind.FaderMoved && x.Control == 4 && Math.Abs(x.Value - 0.6) < 0.005), Bound);

        Assert.True(arrived);
        Assert.InRange(rig.Simulator.FaderPosition(4), 0.595, 0.605);
    }

    [Fact]
    public async Task PadHitsAndButtons_OverRealPty_ArriveOnceInOrder()
    {
        var recorder = new EventRecorder();
        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions(), recorder.Post, TimeProvider.System, Cancel);

        for (var i = 0; i < 50; i++)
        {
            rig.Simulator.HitPad(i % 16, (i + 1) / 50.0);
            rig.Simulator.Click(i % 32);
        }
        rig.Simulator.Turn(3, -2);
        var all = await recorder.WaitUntilAsync(e => e.Any(x => x.Kind == ControlEventKind.EncoderTurned), Bound);

        Assert.True(all);
        var hits = recorder.OfKind(ControlEventKind.PadHit);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => i % 16), hits.Select(h => h.Control));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => Math.Round((i + 1) / 50.0 * 127) / 127), hits.Select(h => h.Value));
        Assert.Equal(50, recorder.OfKind(ControlEventKind.ButtonDown).Count);
        Assert.Equal(50, recorder.OfKind(ControlEventKind.ButtonUp).Count);
        Assert.Equal(-2, recorder.OfKind(ControlEventKind.EncoderTurned).Single().Value);
    }
}

using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Model;
using ControlSurface.Firmware.Simulation;
using ControlSurface.Midi.Loopback;
using ControlSurface.Midi.Mackie;

namespace ControlSurface.Host.Tests.Mackie;

/// <summary>
/// The DAW's displays on the real path: bytes as Ardour sends them into the Mackie Control target, the engine, and the
/// simulated board (2-line strip displays) on the device end of a real pseudo-terminal over the firmware link.
/// </summary>
public sealed class MackieDisplayPathTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ArdourLcdAndTimeDisplay_ReachTheBoardsSecondLineAndTheTransport()
    {
        using var stop = new CancellationTokenSource();
        var engine = new BridgeEngine(new EngineOptions { StripCount = 8 }, TimeProvider.System);
        var (unitPort, daw) = LoopbackMidiPort.CreatePair("bridge mcu", "daw");
        var target = new MackieControlTarget([unitPort]);
        target.Attach(input => engine.Post(input), engine.AddTarget(target));
        var board = new SimulatorOptions("SIM-LCD", Faders: 8, Pads: 16, Buttons: StandardBoard.ButtonCount(8), Encoders: 8);
        await using var rig = SimulatedBoardRig.Create(new RigOptions { Board = board }, engine.Post, TimeProvider.System);
        rig.Surface.Index = engine.AddSurface(rig.Surface, StandardBoard.Mapping(8, 16, 8), "board");
        var run = engine.RunAsync(stop.Token);
        try
        {
            await rig.StartAsync(Cancel);
            engine.Post(EngineInput.SurfaceStatus(rig.Surface.Index, true, "{}"));
            target.Start();

            // Ardour: strip 2's name and its pan on the bottom line, BEATS lamp, "00101 0000" over a reset to zeros, "MX".
            daw.Send([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12, 0x07, .. "Snare  "u8, 0xF7]);
            daw.Send([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12, 0x3F, .. "L50R50 "u8, 0xF7]);
            daw.Send([0x90, 0x72, 0x7F, .. Enumerable.Range(0, 10).SelectMany(d => new byte[] { 0xB0, (byte)(0x40 + d), 0x30 })]);
            daw.Send([0xB0, 0x44, 0x20, 0xB0, 0x45, 0x31, 0xB0, 0x47, 0x31, 0xB0, 0x4B, 0x0D, 0xB0, 0x4A, 0x18]);

            await WaitAsync(() => rig.Simulator.Text(1, 1).TrimEnd() == "L50R50" && rig.Simulator.Text(1, 0).TrimEnd() == "Snare", // shown padded to 7
                () => $"board strip 2 shows '{rig.Simulator.Text(1, 0)}' / '{rig.Simulator.Text(1, 1)}'");
            var display = await OnEngineAsync(engine, e => e.Transport.Display is { Time: "00101 0000", Assignment: "MX", Mode: TimeDisplayMode.BarsBeats });
            Assert.True(display);
        }
        finally
        {
            await stop.CancelAsync();
            await run;
            await target.DisposeAsync();
        }
    }

    private static async Task WaitAsync(Func<bool> condition, Func<string> what)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"not within {Bound.TotalSeconds:0} s: {what()}");
            await Task.Delay(10, Cancel);
        }
    }

    // Reads the model on the engine thread (after a tick), bounded.
    private static async Task<bool> OnEngineAsync(BridgeEngine engine, Func<BridgeEngine, bool> condition)
    {
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(BridgeEngine e)
        {
            if (condition(e))
                met.TrySetResult();
        }
        engine.Ticked += Check;
        try
        {
            await met.Task.WaitAsync(Bound, Cancel);
            return true;
        }
        finally
        {
            engine.Ticked -= Check;
        }
    }
}

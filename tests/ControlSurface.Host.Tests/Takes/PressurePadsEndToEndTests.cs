using System.Text.Json;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Serial;
using ControlSurface.Firmware.Simulation;
using ControlSurface.Host.Bridge;
using ControlSurface.Host.Config;

namespace ControlSurface.Host.Tests.Takes;

/// <summary>
/// Pads that send only pressure (force sensors, MIDI pads with poly aftertouch and no note-on) drive the take session
/// through their thresholds on the real paths: the firmware link on a pseudo-terminal and a MIDI controller profile on
/// a pseudo-terminal, with the bridge as `controlsurface run` builds it. Every wait is bounded.
/// </summary>
public sealed class PressurePadsEndToEndTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _dir = new();
    private readonly TaskCompletionSource<BridgeEngine> _engine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    private string Takes => $"""
        takes:
          db: {_dir.File("takes.db")}
          pads: ["0 = arm threshold=0.2", "1 = record threshold=0.2", "2 = stop-discard threshold=0.2"]
        """;

    [Fact]
    public async Task FirmwarePressureOnlyPads_CrossingTheThreshold_ArmAndRecord_ABrushDoesNothing()
    {
        // Arrange: a board on the device end of a real pty; its pads report pressure only (no hit events). Its LEDs
        // are the buttons' plus one per pad, numbered after them.
        var port = _dir.File("ttyBoard");
        using var pty = PseudoTerminal.Open(port);
        await using var board = new SimulatedBoard(new BoardSimulator(new SimulatorOptions("PADS-0001", Faders: 4, Pads: 4, Buttons: StandardBoard.ButtonCount(4) + 4, Encoders: 4), TimeProvider.System), TimeProvider.System);
        board.Connect(pty.Master);
        board.Start();
        var (run, stop) = Start($"""
            engine:
              strips: 8
            surfaces:
              - kind: firmware
                name: pads
                port: {port}
                faders: 4
                pads: 4
                encoders: 4
            targets:
              - kind: builtin-mixer
            {Takes}
            """);
        var engine = await _engine.Task.WaitAsync(Bound, Cancel);
        await UntilAsync(engine, e => e.Surfaces[0].Connected);
        var recordLed = StandardBoard.ButtonCount(4) + 1;

        // Act: brush the stop pad, then press arm and record through their thresholds, as fingers would.
        board.Board.PressPad(2, 0.1);
        board.Board.PressPad(2, 0);
        await UntilAsync(engine, e => e.Takes!.Unused == 1);
        board.Board.PressPad(0, 0.1);
        board.Board.PressPad(0, 0.5);
        await UntilAsync(engine, e => e.Takes!.Session.Armed);
        board.Board.PressPad(0, 0);
        board.Board.PressPad(1, 0.15);
        board.Board.PressPad(1, 0.6);
        await UntilAsync(engine, e => e.Takes!.Session.Recording is not null);
        await UntilAsync(engine, _ => board.Board.Led(recordLed).Mode == LedMode.Blink, () => $"record pad LED {board.Board.Led(recordLed)}");
        board.Board.PressPad(1, 0.9);
        board.Board.PressPad(1, 0);
        await stop.CancelAsync();
        var report = JsonDocument.Parse((await run.WaitAsync(Bound, Cancel)).ReportJson).RootElement.GetProperty("takes");

        // Assert: two actions (arm, record), one take, the brush counted as unused; the LED blinked on the board.
        Assert.Equal((1, 2, 1), (report.GetProperty("count").GetInt32(), report.GetProperty("actions").GetInt32(), report.GetProperty("unusedHits").GetInt32()));
        Assert.True(report.GetProperty("recording").GetBoolean());
    }

    [Fact]
    public async Task MidiPadsSendingOnlyPolyPressure_CrossingTheThreshold_ArmAndRecord()
    {
        // Arrange: a profile for pads that send poly pressure and never a note-on, on a serial MIDI pty.
        var port = _dir.File("ttyMidi");
        using var pty = PseudoTerminal.Open(port);
        var profile = _dir.File("fsr-pads.yaml");
        await File.WriteAllTextAsync(profile, """
            name: FSR pads
            channel: 10
            controls:
              - { pad: 0-3, note: 36, channel: 10, name: Pad, aftertouch: poly, bind: take.0 }
            """, Cancel);
        var (run, stop) = Start($"""
            engine:
              strips: 8
            surfaces:
              - kind: midi-controller
                name: fsr
                profile: {profile}
                port: {port}
            targets:
              - kind: builtin-mixer
            {Takes}
            """);
        var engine = await _engine.Task.WaitAsync(Bound, Cancel);
        await UntilAsync(engine, e => e.Surfaces[0].Connected);

        // Act: pad 3 (note 38) brushed at 12/127, pad 1 (note 36) pressed to 64, pad 2 (note 37) through 16 to 80.
        pty.Master.Write(Convert.FromHexString("A9260CA92600"));
        await UntilAsync(engine, e => e.Takes!.Unused == 1);
        pty.Master.Write(Convert.FromHexString("A92440"));
        await UntilAsync(engine, e => e.Takes!.Session.Armed);
        pty.Master.Write(Convert.FromHexString("A92400A92510A92550"));
        await UntilAsync(engine, e => e.Takes!.Session.Recording is not null);
        pty.Master.Write(Convert.FromHexString("A92500"));
        await stop.CancelAsync();
        var report = JsonDocument.Parse((await run.WaitAsync(Bound, Cancel)).ReportJson).RootElement.GetProperty("takes");

        // Assert
        Assert.Equal((1, 2, 1), (report.GetProperty("count").GetInt32(), report.GetProperty("actions").GetInt32(), report.GetProperty("unusedHits").GetInt32()));
    }

    private (Task<RunResult> Run, CancellationTokenSource Stop) Start(string yaml)
    {
        var path = _dir.File("bridge.yaml");
        File.WriteAllText(path, yaml);
        var config = ConfigLoader.LoadFile(path);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var options = new RunOptions(120, null, false, e => _engine.TrySetResult(e));
        return (Task.Run(() => BridgeRun.RunAsync(config, options, TimeProvider.System, stop.Token), Cancel), stop);
    }

    /// <summary>Waits, on the engine thread's ticks, until <paramref name="condition"/> holds; bounded.</summary>
    private static async Task UntilAsync(BridgeEngine engine, Func<BridgeEngine, bool> condition, Func<string>? what = null)
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
        }
        catch (TimeoutException) when (what is not null)
        {
            Assert.Fail($"timed out waiting: {what()}");
        }
        finally
        {
            engine.Ticked -= Check;
        }
    }
}

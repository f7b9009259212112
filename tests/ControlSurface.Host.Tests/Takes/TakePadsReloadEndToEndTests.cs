using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Serial;
using ControlSurface.Firmware.Simulation;
using ControlSurface.Host.Bridge;
using ControlSurface.Host.Config;

namespace ControlSurface.Host.Tests.Takes;

/// <summary>
/// A pad board added by a configuration reload shows the take states at once: two firmware boards on real
/// pseudo-terminals, the config file edited on disk while `controlsurface run --config` runs. Every wait is bounded.
/// </summary>
public sealed class TakePadsReloadEndToEndTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _dir = new();
    private readonly TaskCompletionSource<BridgeEngine> _engine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ReloadStatus> _reloaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    private string Board(string name, string port) => $"""
          - kind: firmware
            name: {name}
            port: {port}
            faders: 4
            pads: 4
            encoders: 4

        """;

    private string Config(string surfaces) => $"""
        engine:
          strips: 8
        surfaces:
        {surfaces}targets:
          - kind: builtin-mixer
        takes:
          db: {_dir.File("takes.db")}
          pads: ["0 = arm", "1 = record", "2 = stop-discard", "3 = keeper"]
        """;

    [Fact]
    public async Task ReloadAddsAPadBoard_WhileATakeRecords_ItsPadLedsShowArmedAndRecording()
    {
        // Arrange: board A on a pty runs; board B waits on its own pty for the reload that adds it.
        using var ptyA = PseudoTerminal.Open(_dir.File("ttyA"));
        using var ptyB = PseudoTerminal.Open(_dir.File("ttyB"));
        await using var boardA = StartBoard("PADS-000A", ptyA);
        await using var boardB = StartBoard("PADS-000B", ptyB);
        var path = _dir.File("bridge.yaml");
        await File.WriteAllTextAsync(path, Config(Board("a", _dir.File("ttyA"))), Cancel);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var options = new RunOptions(0, null, false, e => _engine.TrySetResult(e), WatchConfig: true, Reloaded: s => _reloaded.TrySetResult(s));
        var run = Task.Run(() => BridgeRun.RunAsync(ConfigLoader.LoadFile(path), options, TimeProvider.System, stop.Token), Cancel);
        var engine = await _engine.Task.WaitAsync(Bound, Cancel);
        await UntilAsync(engine, e => e.Surfaces[0].Connected, () => "board A's link is up");
        boardA.Board.HitPad(0, 1.0);
        boardA.Board.HitPad(1, 1.0);
        await UntilAsync(engine, e => e.Takes!.Session.Recording is not null, () => "a take records");

        // Act: the config gains board B.
        await File.WriteAllTextAsync(path, Config(Board("a", _dir.File("ttyA")) + Board("b", _dir.File("ttyB"))), Cancel);
        var status = await _reloaded.Task.WaitAsync(Bound, Cancel);

        // Assert: board B's arm pad is lit amber and its record pad blinks red, as board A's are.
        var arm = StandardBoard.ButtonCount(4);
        var record = arm + 1;
        var palette = Core.Pads.PadLedPalette.Default;
        await UntilAsync(engine, _ => boardB.Board.Led(arm) is { Mode: LedMode.On } a && a.Color == palette.Armed
            && boardB.Board.Led(record) is { Mode: LedMode.Blink } r && r.Color == palette.Recording,
            () => $"board B shows armed and recording (arm LED {boardB.Board.Led(arm)}, record LED {boardB.Board.Led(record)}; reload: {status.LastChange} {status.LastError})");
        Assert.Equal("added b", status.LastChange);
        await stop.CancelAsync();
        await run.WaitAsync(Bound, Cancel);
    }

    private static SimulatedBoard StartBoard(string serial, PseudoTerminal pty)
    {
        var board = new SimulatedBoard(new BoardSimulator(new SimulatorOptions(serial, Faders: 4, Pads: 4, Buttons: StandardBoard.ButtonCount(4) + 4, Encoders: 4), TimeProvider.System), TimeProvider.System);
        board.Connect(pty.Master);
        board.Start();
        return board;
    }

    /// <summary>Waits, on the engine thread's ticks, until <paramref name="condition"/> holds; bounded.</summary>
    private static async Task UntilAsync(BridgeEngine engine, Func<BridgeEngine, bool> condition, Func<string> what)
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
        catch (TimeoutException)
        {
            Assert.Fail($"timed out waiting: {what()}");
        }
        finally
        {
            engine.Ticked -= Check;
        }
    }
}

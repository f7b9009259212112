using System.Text.Json.Nodes;
using System.Threading.Channels;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Surfaces;
using ControlSurface.Host.Bridge;
using ControlSurface.Host.Config;

namespace ControlSurface.Host.Tests.Journal;

/// <summary>A journal that spans configuration reloads replays to the run's final state exactly.</summary>
/// <remarks>The run is `run --config` as BridgeRun builds it, with the file edited on disk while it runs; the replay is the `replay` command.</remarks>
public sealed class JournalReplayerTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private const string Before = """
        engine:
          strips: 8
          stripNames: [Kick, Snare]
        surfaces:
          - kind: simulated-board
            name: desk
            link: in-process
            faders: 8
          - kind: simulated-board
            name: spare
            link: in-process
            faders: 4
        targets:
          - kind: builtin-mixer
            name: console
            meters: false
        """;

    // Renames strips, changes the timecode rate, rebuilds the desk narrower, drops the spare, adds pads.
    private const string After = """
        engine:
          strips: 8
          stripNames: [Kick, Snare, Bass]
          timecodeFps: 25
        surfaces:
          - kind: simulated-board
            name: desk
            link: in-process
            faders: 4
          - kind: simulated-board
            name: pads
            link: in-process
            faders: 2
            feedback:
              touchDebounceMs: 5
        targets:
          - kind: builtin-mixer
            name: console
            meters: false
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("cs-journal-reload-").FullName;
    private readonly Channel<ReloadStatus> _attempts = Channel.CreateUnbounded<ReloadStatus>();
    private readonly TaskCompletionSource<BridgeEngine> _engine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Replay_AcrossTwoReloads_EndsInTheRunsFinalState()
    {
        // Arrange: a run with a journal; moves from the first desk.
        var journal = Path.Combine(_dir, "run.journal");
        var (path, run, stop) = await StartAsync(Before, journal);
        var engine = await _engine.Task.WaitAsync(Bound, Cancel);
        Move(engine, 0, 2, 0.3);
        Move(engine, 1, 3, 0.45);
        await UntilAsync(engine, e => Near(e, 2, 0.3) && Near(e, 3, 0.45));

        // Act: reload (new surfaces at new indices), move from them; reload back, move again; replay.
        await File.WriteAllTextAsync(path + ".new", WithTakes(After), Cancel);
        File.Move(path + ".new", path, overwrite: true);
        var first = await NextAttemptAsync();
        var desk = Live(engine, "desk");
        var pads = Live(engine, "pads");
        Move(engine, desk, 0, 0.9);
        Move(engine, pads, 1, 0.2);
        await UntilAsync(engine, e => Near(e, 0, 0.9) && Near(e, 1, 0.2));
        await File.WriteAllTextAsync(path + ".new", WithTakes(Before), Cancel);
        File.Move(path + ".new", path, overwrite: true);
        var second = await NextAttemptAsync();
        var spare = Live(engine, "spare");
        Move(engine, spare, 3, 0.65);
        await UntilAsync(engine, e => Near(e, 3, 0.65));
        await stop.CancelAsync();
        var live = JsonNode.Parse((await run.WaitAsync(Bound, Cancel)).ReportJson)!.AsObject();
        var (code, replayed, stderr) = await CliRunner.RunAsync("replay", journal, "--json");

        // Assert: both reloads are in the journal; the replay's report is the run's, less the run's own `config` section.
        Assert.Equal("added pads; rebuilt desk; removed spare; changed strip names, timecode rate", first.LastChange);
        Assert.Equal("added spare; rebuilt desk; removed pads; changed strip names, timecode rate", second.LastChange);
        Assert.Equal(2, File.ReadLines(journal).Count(l => l.Contains("\"k\":\"reload\"", StringComparison.Ordinal)));
        Assert.True(code == 0, stderr);
        Assert.Equal(2, live["config"]!["reloads"]!.GetValue<int>());
        live.Remove("config");
        Assert.Equal(live.ToJsonString(), JsonNode.Parse(replayed)!.ToJsonString());
        Assert.Equal(0.9, live["strips"]![0]!["fader"]!.GetValue<double>(), 3);
        Assert.Equal(0.65, live["strips"]![3]!["fader"]!.GetValue<double>(), 3);
        Assert.Equal("Ch 3", live["strips"]![2]!["name"]!.GetValue<string>());
        Assert.Equal("Fps30", live["transport"]!["timecodeRate"]!.GetValue<string>());
    }

    [Fact]
    public async Task Replay_WithoutTheReloadLines_DoesNotReachTheRunsState()
    {
        // Arrange: one reload, then a move from a surface that exists only after it.
        var journal = Path.Combine(_dir, "run.journal");
        var (path, run, stop) = await StartAsync(Before, journal);
        var engine = await _engine.Task.WaitAsync(Bound, Cancel);
        await File.WriteAllTextAsync(path + ".new", WithTakes(After), Cancel);
        File.Move(path + ".new", path, overwrite: true);
        await NextAttemptAsync();
        Move(engine, Live(engine, "pads"), 1, 0.2);
        await UntilAsync(engine, e => Near(e, 1, 0.2));
        await stop.CancelAsync();
        await run.WaitAsync(Bound, Cancel);
        var stripped = Path.Combine(_dir, "stripped.journal");
        await File.WriteAllLinesAsync(stripped, File.ReadLines(journal).Where(l => !l.Contains("\"k\":\"reload\"", StringComparison.Ordinal)), Cancel);

        // Act
        var (withCode, with, _) = await CliRunner.RunAsync("replay", journal, "--json");
        var (withoutCode, without, _) = await CliRunner.RunAsync("replay", stripped, "--json");

        // Assert: the reload lines are what carries the new surface's move and the new names (the test can fail).
        Assert.Equal((0, 0), (withCode, withoutCode));
        var full = JsonNode.Parse(with)!;
        var partial = JsonNode.Parse(without)!;
        Assert.Equal(0.2, full["strips"]![1]!["fader"]!.GetValue<double>(), 3);
        Assert.Equal("Bass", full["strips"]![2]!["name"]!.GetValue<string>());
        Assert.NotEqual(0.2, partial["strips"]![1]!["fader"]!.GetValue<double>(), 3);
        Assert.Equal("Ch 3", partial["strips"]![2]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Replay_AcrossAReloadThatFailedToBuild_EndsInTheRunsFinalState()
    {
        // Arrange: the desk's new calibration covers one fader of eight: the build fails and the old desk comes back.
        var journal = Path.Combine(_dir, "run.journal");
        var (path, run, stop) = await StartAsync(Before, journal);
        var engine = await _engine.Task.WaitAsync(Bound, Cancel);
        Move(engine, 0, 2, 0.3);
        await UntilAsync(engine, e => Near(e, 2, 0.3));

        // Act
        await File.WriteAllTextAsync(path + ".new", WithTakes(Before.Replace("    faders: 8", "    faders: 8\n    feedback:\n      calibration: \"fullscale 1023; fader 0 0 1023\"")), Cancel);
        File.Move(path + ".new", path, overwrite: true);
        var status = await _attempts.Reader.ReadAsync(Cancel).AsTask().WaitAsync(Bound, Cancel);
        Move(engine, Live(engine, "desk"), 4, 0.7);
        await UntilAsync(engine, e => Near(e, 4, 0.7));
        await stop.CancelAsync();
        var live = JsonNode.Parse((await run.WaitAsync(Bound, Cancel)).ReportJson)!.AsObject();
        var (code, replayed, stderr) = await CliRunner.RunAsync("replay", journal, "--json");

        // Assert: the failure is the reload's; the restored desk's move replays like the rest.
        Assert.Contains("FAILED desk: desk: feedback: calibration covers 1 faders, the surface has 8", status.LastChange);
        Assert.True(code == 0, stderr);
        live.Remove("config");
        Assert.Equal(live.ToJsonString(), JsonNode.Parse(replayed)!.ToJsonString());
        Assert.Equal(0.7, live["strips"]![4]!["fader"]!.GetValue<double>(), 3);
    }

    // A hand on the knob, then the move: a first reading without a touch only anchors the fader.
    private static void Move(BridgeEngine engine, int surface, int fader, double value)
    {
        engine.Post(EngineInput.FromControl(new ControlEvent(surface, ControlEventKind.FaderTouched, fader, 1)));
        engine.Post(EngineInput.FromControl(new ControlEvent(surface, ControlEventKind.FaderMoved, fader, value)));
    }

    private static bool Near(BridgeEngine e, int strip, double value) => Math.Abs(e.Mixer.Strips[strip].Fader.Normalized - value) < 1e-3;

    // The slot a name has now; read between reloads, while nothing changes the list.
    private static int Live(BridgeEngine engine, string name) => engine.Surfaces.Single(s => s.Name == name && !s.Removed).Index;

    // The same take sheet in every version of the file: a changed one would wait for a restart.
    private string WithTakes(string yaml) => yaml + $"\ntakes:\n  db: {Path.Combine(_dir, "takes.db")}\n";

    private async Task<(string Path, Task<RunResult> Run, CancellationTokenSource Stop)> StartAsync(string yaml, string journal)
    {
        var path = Path.Combine(_dir, "config.yaml");
        await File.WriteAllTextAsync(path, WithTakes(yaml), Cancel);
        var config = ConfigLoader.LoadFile(path);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var options = new RunOptions(0, journal, false, e => _engine.TrySetResult(e), WatchConfig: true, Log: TextWriter.Null,
            Reloaded: s => _attempts.Writer.TryWrite(new ReloadStatus(s.File) { Reloads = s.Reloads, LastChange = s.LastChange, LastError = s.LastError }));
        return (path, Task.Run(() => BridgeRun.RunAsync(config, options, TimeProvider.System, stop.Token), Cancel), stop);
    }

    private async Task<ReloadStatus> NextAttemptAsync()
    {
        var status = await _attempts.Reader.ReadAsync(Cancel).AsTask().WaitAsync(Bound, Cancel);
        Assert.True(status.LastError is null, status.LastError);
        return status;
    }

    /// <summary>Waits, on the engine's ticks, until <paramref name="condition"/> holds; bounded.</summary>
    private static async Task UntilAsync(BridgeEngine engine, Func<BridgeEngine, bool> condition)
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
        finally
        {
            engine.Ticked -= Check;
        }
    }
}

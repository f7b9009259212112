using System.Text.Json;
using System.Threading.Channels;
using ControlSurface.Core.Engine;
using ControlSurface.Host.Bridge;
using ControlSurface.Host.Config;

namespace ControlSurface.Host.Tests.Bridge;

/// <summary>Reloads through a real file on disk edited while an in-process run goes on (watcher, parse, apply).</summary>
public sealed class ConfigReloaderTests : IDisposable
{
    private const string Desk = """
        engine:
          strips: 8
          stripNames: [Kick, Snare]
        surfaces:
          - kind: simulated-board
            name: desk
            link: in-process
            faders: 8
        targets:
          - kind: builtin-mixer
            name: console
            meters: false
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("cs-reload-").FullName;
    private readonly Channel<ReloadStatus> _attempts = Channel.CreateUnbounded<ReloadStatus>();
    private readonly TaskCompletionSource<BridgeEngine> _engine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringWriter _log = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Reload_ValidEdit_RebuildsTheChangedSurfaceAndKeepsTheMix()
    {
        var (path, run, stop) = await StartAsync(Desk);
        var engine = await _engine.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        engine.Post(EngineInput.TargetUpdate(0, ModelAddress.Fader(2), 0.5));
        engine.Post(EngineInput.TargetUpdate(0, new ModelAddress(Parameter.Play), 1));

        await File.WriteAllTextAsync(path, Desk.Replace("[Kick, Snare]", "[Kick, Snare, Bass]")
            .Replace("    faders: 8", "    faders: 4\n  - kind: simulated-board\n    name: pads\n    link: in-process"), TestContext.Current.CancellationToken);
        var status = await NextAttemptAsync();
        await stop.CancelAsync();
        var report = JsonDocument.Parse((await run).ReportJson).RootElement;

        Assert.Equal(1, status.Reloads);
        Assert.Equal(0, status.Rejected);
        Assert.Equal("added pads; rebuilt desk; changed strip names", status.LastChange);
        Assert.Equal(0.5, report.GetProperty("strips")[2].GetProperty("fader").GetDouble(), 3);
        Assert.Equal("Bass", report.GetProperty("strips")[2].GetProperty("name").GetString());
        Assert.Equal("playing", report.GetProperty("transport").GetProperty("state").GetString());
        Assert.Equal(["desk", "pads"], report.GetProperty("surfaces").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(1, report.GetProperty("config").GetProperty("reloads").GetInt32());
    }

    [Fact]
    public async Task Reload_BrokenEdit_KeepsRunningAndSaysWhere()
    {
        var (path, run, stop) = await StartAsync(Desk);
        await _engine.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        await File.WriteAllTextAsync(path, Desk.Replace("faders: 8", "faders: eight"), TestContext.Current.CancellationToken);
        var rejected = await NextAttemptAsync();
        await File.WriteAllTextAsync(path, Desk.Replace("faders: 8", "faders: 6"), TestContext.Current.CancellationToken);
        var fixedUp = await NextAttemptAsync();
        await stop.CancelAsync();
        var config = JsonDocument.Parse((await run).ReportJson).RootElement.GetProperty("config");

        Assert.Equal(1, rejected.Rejected);
        Assert.Equal($"{path}:8:13: 'faders' must be a whole number from 1 to 32", rejected.LastError);
        Assert.Contains($"config: rejected {path}:8:13:", _log.ToString());
        Assert.Equal(1, fixedUp.Reloads);
        Assert.Equal("rebuilt desk", config.GetProperty("lastChange").GetString());
        Assert.Equal(1, config.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public async Task Reload_StripCountChanged_KeepsTheEngineAndSaysARestartIsNeeded()
    {
        var (path, run, stop) = await StartAsync(Desk);
        await _engine.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        await File.WriteAllTextAsync(path, Desk.Replace("strips: 8", "strips: 16"), TestContext.Current.CancellationToken);
        var status = await NextAttemptAsync();
        await stop.CancelAsync();
        var report = JsonDocument.Parse((await run).ReportJson).RootElement;

        Assert.Equal(["engine.strips"], status.RestartNeeded);
        Assert.Equal(8, report.GetProperty("strips").GetArrayLength());
        Assert.Equal("desk", report.GetProperty("surfaces")[0].GetProperty("name").GetString());
    }

    private async Task<(string Path, Task<RunResult> Run, CancellationTokenSource Stop)> StartAsync(string yaml)
    {
        var path = Path.Combine(_dir, "config.yaml");
        await File.WriteAllTextAsync(path, yaml, TestContext.Current.CancellationToken);
        var config = ConfigLoader.LoadFile(path);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var options = new RunOptions(0, null, false, e => _engine.TrySetResult(e), WatchConfig: true, Log: _log,
            Reloaded: s => _attempts.Writer.TryWrite(Snapshot(s)));
        var run = Task.Run(() => BridgeRun.RunAsync(config, options, TimeProvider.System, stop.Token), TestContext.Current.CancellationToken);
        return (path, run, stop);
    }

    private async Task<ReloadStatus> NextAttemptAsync() =>
        await _attempts.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

    private static ReloadStatus Snapshot(ReloadStatus s) => new(s.File)
    {
        Reloads = s.Reloads,
        Rejected = s.Rejected,
        LastError = s.LastError,
        LastChange = s.LastChange,
        RestartNeeded = [.. s.RestartNeeded],
    };
}

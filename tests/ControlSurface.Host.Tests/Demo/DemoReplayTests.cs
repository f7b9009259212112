using System.Text.Json;

namespace ControlSurface.Host.Tests.Demo;

public sealed class DemoReplayTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-demo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Demo_Json_ReportsStripsTransportSurfacesAndEngine()
    {
        var (code, stdout, _) = await CliRunner.RunAsync("demo", "--seconds", "1.5", "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(32, root.GetProperty("strips").GetArrayLength());
        var kick = root.GetProperty("strips")[0];
        foreach (var name in new[] { "index", "name", "fader", "gainDb", "pan", "mute", "solo", "recArm", "select" })
            Assert.True(kick.TryGetProperty(name, out _), name);
        Assert.Equal("Kick", kick.GetProperty("name").GetString());
        Assert.True(root.TryGetProperty("master", out _));
        var transport = root.GetProperty("transport");
        // The hand presses Play at 0.2 s; its take session on the pads records from 1.0 s.
        Assert.Contains(transport.GetProperty("state").GetString(), (string[])["playing", "recording"]);
        Assert.True(transport.GetProperty("positionSamples").GetInt64() > 0);
        Assert.Matches(@"^\d\d:\d\d:\d\d[:;]\d\d$", transport.GetProperty("timecode").GetString());
        Assert.False(transport.GetProperty("loop").GetBoolean());
        var surface = root.GetProperty("surfaces")[0];
        Assert.True(surface.GetProperty("connected").GetBoolean());
        Assert.True(surface.TryGetProperty("counters", out _));
        Assert.True(root.GetProperty("engine").GetProperty("controlEvents").GetInt64() > 0);
        Assert.True(root.GetProperty("engine").GetProperty("targetUpdates").GetInt64() > 0);
    }

    [Fact]
    public async Task Replay_OfADemoJournal_PrintsTheSameReport()
    {
        var journal = Path.Combine(_dir, "run.journal");
        var (code, live, _) = await CliRunner.RunAsync("demo", "--seconds", "2", "--json", "--journal", journal);
        Assert.Equal(0, code);

        var (replayCode, replayed, _) = await CliRunner.RunAsync("replay", journal, "--json");

        Assert.Equal(0, replayCode);
        Assert.Equal(live, replayed);
    }

    [Fact]
    public async Task Replay_MissingFile_ExitsTwo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("replay", Path.Combine(_dir, "nope.journal"));

        Assert.Equal(2, code);
        Assert.Contains("no such file", stderr);
    }

    [Fact]
    public async Task Replay_BrokenLine_NamesFileAndLine()
    {
        var journal = Path.Combine(_dir, "run.journal");
        await CliRunner.RunAsync("demo", "--seconds", "0.5", "--json", "--journal", journal);
        var lines = (await File.ReadAllLinesAsync(journal, TestContext.Current.CancellationToken)).ToList();
        lines[3] = "{\"t\":12,\"k\":\"gremlin\"}";
        await File.WriteAllLinesAsync(journal, lines, TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliRunner.RunAsync("replay", journal);

        Assert.Equal(2, code);
        Assert.Contains($"{journal}:4: unknown input kind \"gremlin\"", stderr);
    }

    [Fact]
    public async Task Replay_NotAJournal_SaysSo()
    {
        var path = Path.Combine(_dir, "notes.txt");
        await File.WriteAllTextAsync(path, "{\"hello\":1}\n", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliRunner.RunAsync("replay", path);

        Assert.Equal(2, code);
        Assert.Contains("not a controlsurface journal", stderr);
    }
}

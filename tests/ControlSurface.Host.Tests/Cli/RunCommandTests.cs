using System.Text.Json;

namespace ControlSurface.Host.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_ExampleConfig_ReportsLikeTheDemo()
    {
        var config = Path.Combine(RepoRoot.Path, "hardware", "examples", "standalone-sim.yaml");

        var (code, stdout, stderr) = await CliRunner.RunAsync("run", "--config", config, "--seconds", "1", "--json");

        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(16, doc.RootElement.GetProperty("strips").GetArrayLength());
        Assert.Equal("desk", doc.RootElement.GetProperty("surfaces")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Run_BrokenConfig_ExitsTwoWithFileLineColumn()
    {
        var config = Path.Combine(_dir, "bad.yaml");
        await File.WriteAllTextAsync(config, "surfaces:\n  - kind: simulated-board\n    hand: left\n", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliRunner.RunAsync("run", "--config", config, "--seconds", "1");

        Assert.Equal(2, code);
        Assert.Equal($"{config}:3:11: hand must be 'scripted' or 'none', not 'left'", stderr.Trim());
    }

    [Fact]
    public async Task CheckConfig_GoodFile_SaysWhatWouldRun()
    {
        var config = Path.Combine(RepoRoot.Path, "hardware", "examples", "standalone-sim.yaml");

        var (code, stdout, _) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(0, code);
        Assert.Contains("ok, 16 strips; surface 'desk' (simulated-board), target 'console' (builtin-mixer)", stdout);
    }

    [Fact]
    public async Task CheckConfig_MissingFile_ExitsTwo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("check-config", Path.Combine(_dir, "none.yaml"));

        Assert.Equal(2, code);
        Assert.Contains("none.yaml", stderr);
    }
}

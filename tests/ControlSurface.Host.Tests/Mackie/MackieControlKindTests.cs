namespace ControlSurface.Host.Tests.Mackie;

public sealed class MackieControlKindTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-mackie-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task CheckConfig_ArdourMackieSimExample_IsValid()
    {
        var config = Path.Combine(RepoRoot.Path, "hardware", "examples", "ardour-mackie-sim.yaml");

        var (code, stdout, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.True(code == 0, stderr);
        Assert.Contains("ok, 8 strips; surface 'desk' (simulated-board), target 'ardour' (mackie-control)", stdout);
    }

    [Fact]
    public async Task CheckConfig_ArdourMackieExample_IsValid()
    {
        var config = Path.Combine(RepoRoot.Path, "hardware", "examples", "ardour-mackie.yaml");

        var (code, stdout, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.True(code == 0, stderr);
        Assert.Contains("ok, 16 strips; surface 'desk' (firmware), target 'ardour' (mackie-control)", stdout);
    }

    [Fact]
    public async Task CheckConfig_PortWithoutClient_SaysWhereAndWhatAJackNameIs()
    {
        var config = await WriteAsync("targets:\n  - kind: mackie-control\n    units:\n      - from: mackie control out\n");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.Equal($"{config}:4:15: 'mackie control out' is not a JACK port name (CLIENT:PORT, e.g. \"ardour:mackie control out\")", stderr.Trim());
    }

    [Fact]
    public async Task CheckConfig_NineUnits_IsTooMany()
    {
        var units = string.Concat(Enumerable.Repeat("      - from: \"a:b\"\n", 9));
        var config = await WriteAsync($"targets:\n  - kind: mackie-control\n    units:\n{units}");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.Contains("at most 8 units (a main unit and 7 extenders), not 9", stderr);
    }

    [Fact]
    public async Task CheckConfig_UnknownUnitKey_IsATypo()
    {
        var config = await WriteAsync("targets:\n  - kind: mackie-control\n    units:\n      - form: \"ardour:x\"\n");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.StartsWith($"{config}:4:9: unknown key 'form'", stderr.Trim());
    }

    private async Task<string> WriteAsync(string yaml)
    {
        var path = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(path, yaml, TestContext.Current.CancellationToken);
        return path;
    }
}

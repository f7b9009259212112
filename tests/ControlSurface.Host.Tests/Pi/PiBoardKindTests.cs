namespace ControlSurface.Host.Tests.Pi;

public sealed class PiBoardKindTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-pi-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task CheckConfig_BoardWithAPinUsedTwice_PointsAtTheConfigAndTheBoardFile()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "board.json"), """
            { "buttons": [ { "button": 0, "pin": 22 },
                           { "button": 1, "pin": 22 } ] }
            """, TestContext.Current.CancellationToken);
        var config = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(config, "surfaces:\n  - kind: pi\n    name: desk\n    board: board.json\n", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.StartsWith($"{config}:4:12: board description: ", stderr, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(_dir, "board.json")}:2:38: buttons[1].pin: GPIO22 is already used by buttons[0]", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_MissingBoardFile_SaysWhichFile()
    {
        var config = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(config, "surfaces:\n  - kind: pi\n    name: desk\n    board: /nonexistent/board.json\n", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.Contains("cannot read the board description /nonexistent/board.json", stderr, StringComparison.Ordinal);
    }
}

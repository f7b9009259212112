using System.Text.Json;
using ControlSurface.Firmware.Serial;
using ControlSurface.Firmware.Simulation;

namespace ControlSurface.Host.Tests.Firmware;

public sealed class FirmwareBoardKindTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-fw-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_FirmwareKind_TalksToABoardOnAPseudoTerminal_AndReportsItsIdentity()
    {
        // Arrange: a simulated board on the device end of a real pty, as a user's board on /dev/ttyACM0 would be.
        var port = Path.Combine(_dir, "ttyBoard");
        using var pty = PseudoTerminal.Open(port);
        await using var board = new SimulatedBoard(new BoardSimulator(new SimulatorOptions("DESK-0042", Faders: 4, Pads: 4, Buttons: 32, Encoders: 4), TimeProvider.System), TimeProvider.System);
        board.Connect(pty.Master);
        board.Start();
        var config = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(config, $"""
            engine:
              strips: 8
            surfaces:
              - kind: firmware
                name: desk
                port: {port}
                identity: DESK-0042
                faders: 4
                pads: 4
                encoders: 4
            targets:
              - kind: builtin-mixer
                automation: [2]
            """, TestContext.Current.CancellationToken);

        // Act
        var (code, stdout, stderr) = await CliRunner.RunAsync("run", "--config", config, "--seconds", "2", "--json");

        // Assert: the link came up with that board, and automation reached its motor fader 2.
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var surface = doc.RootElement.GetProperty("surfaces")[0];
        Assert.Equal("desk", surface.GetProperty("name").GetString());
        Assert.Equal("firmware", surface.GetProperty("kind").GetString());
        Assert.True(surface.GetProperty("connected").GetBoolean());
        var counters = surface.GetProperty("counters");
        Assert.Equal("DESK-0042", counters.GetProperty("identity").GetString());
        Assert.True(counters.GetProperty("framesIn").GetInt64() > 0);
        Assert.True(counters.GetProperty("framesOut").GetInt64() > 0);
        Assert.True(Math.Abs(board.Board.FaderTarget(1) - 0.55) < 0.35, $"fader 2 target {board.Board.FaderTarget(1)}");
    }

    [Fact]
    public async Task CheckConfig_FirmwareKindWithoutPort_SaysPortIsRequired()
    {
        var config = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(config, "surfaces:\n  - kind: firmware\n    name: desk\n", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.Equal($"{config}:2:5: 'port' is required", stderr.Trim());
    }
}

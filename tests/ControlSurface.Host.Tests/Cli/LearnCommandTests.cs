using ControlSurface.Firmware.Serial;

namespace ControlSurface.Host.Tests.Cli;

public sealed class LearnCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-learn-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Learn_FromCapturedBytes_PrintsAnEntryPerControl()
    {
        var file = Path.Combine(_dir, "touched.mid");
        await File.WriteAllBytesAsync(file, [0xB0, 7, 10, 0xB0, 7, 90, 0xB0, 41, 127, 0xB0, 41, 0, 0x99, 36, 100], TestContext.Current.CancellationToken);

        var (code, stdout, stderr) = await CliRunner.RunAsync("learn", "--from", file);

        Assert.True(code == 0, stderr);
        Assert.Contains("  - { fader: 0, cc: 7, channel: 1 }", stdout, StringComparison.Ordinal);
        Assert.Contains("  - { button: 0, cc: 41, channel: 1, led: true }", stdout, StringComparison.Ordinal);
        Assert.Contains("  - { pad: 0, note: 36, channel: 10 }", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Learn_OnASerialMidiPty_HearsTheControls()
    {
        var port = Path.Combine(_dir, "ttyLearn");
        using var pty = PseudoTerminal.Open(port);
        var run = CliRunner.RunAsync("learn", "--port", port, "--seconds", "2");
        // The port opens within the run; bytes written before the reader attaches wait in the pty.
        pty.Master.Write([0xB0, 16, 65, 0xB0, 16, 65, 0xB0, 16, 63]);

        var (code, stdout, stderr) = await run;

        Assert.True(code == 0, stderr);
        Assert.Contains("- { knob: 0, cc: 16, channel: 1, encoding: offset-64 }", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Learn_WithoutAnInput_IsAUsageError()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("learn");

        Assert.Equal(2, code);
        Assert.Contains("--port", stderr, StringComparison.Ordinal);
    }
}

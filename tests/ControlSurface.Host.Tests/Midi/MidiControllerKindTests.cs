using System.Text.Json;
using ControlSurface.Firmware.Serial;

namespace ControlSurface.Host.Tests.Midi;

public sealed class MidiControllerKindTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-midi-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_NanoKontrol2OnASerialMidiPty_LedsAtConnect_FaderPicksUpTheStrip()
    {
        // Arrange: a "nanoKONTROL2" on the device end of a real pty, spoken to as a serial MIDI port.
        var port = Path.Combine(_dir, "ttyMidi");
        using var pty = PseudoTerminal.Open(port);
        var config = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(config, $"""
            engine:
              strips: 8
            surfaces:
              - kind: midi-controller
                name: nano
                profile: nanokontrol2
                port: {port}
            targets:
              - kind: builtin-mixer
            """, TestContext.Current.CancellationToken);
        var run = CliRunner.RunAsync("run", "--config", config, "--seconds", "3", "--json");

        // Act: wait for the start-up LEDs (M1 off comes first), then sweep fader 1 across unity: the first reading
        // only tells where the knob is, the next one below unity waits for pickup, crossing unity picks the strip up.
        var first = new byte[3];
        var got = 0;
        var reading = Task.Run(() =>
        {
            while (got < 3)
                got += pty.Master.Read(first.AsSpan(got));
        }, TestContext.Current.CancellationToken);
        await reading.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        pty.Master.Write([0xB0, 0x00, 0x50, 0xB0, 0x00, 0x60, 0xB0, 0x00, 0x7F]);
        var (code, stdout, stderr) = await run;

        // Assert
        Assert.True(code == 0, stderr);
        Assert.Equal("B0 30 00", Convert.ToHexString(first).Insert(4, " ").Insert(2, " "));
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(1.0, doc.RootElement.GetProperty("strips")[0].GetProperty("fader").GetDouble(), 3);
        var surface = doc.RootElement.GetProperty("surfaces")[0];
        Assert.Equal("midi", surface.GetProperty("kind").GetString());
        Assert.Equal(1, surface.GetProperty("pickupWaits").GetInt64());
    }

    [Fact]
    public async Task CheckConfig_UnknownProfile_SaysWhere()
    {
        var config = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(config, "surfaces:\n  - kind: midi-controller\n    name: x\n    profile: nanokontrol9\n", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.StartsWith($"{config}:4:14: 'nanokontrol9' is neither a built-in profile", stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_ProfileFileWithAMistake_PointsIntoTheProfile()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "my.yaml"), "name: Mine\ncontrols:\n  - { fader: 0, cc: 7, encoding: absolute }\n", TestContext.Current.CancellationToken);
        var config = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(config, "surfaces:\n  - kind: midi-controller\n    profile: my.yaml\n", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.Contains("my.yaml:3:", stderr, StringComparison.Ordinal);
        Assert.Contains("'encoding' does not apply", stderr, StringComparison.Ordinal);
    }
}

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

    [Fact]
    public async Task CheckConfig_GadgetExample_IsValid()
    {
        var config = Path.Combine(RepoRoot.Path, "hardware", "examples", "pi-usb-gadget-mackie.yaml");

        var (code, stdout, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.True(code == 0, stderr);
        Assert.Contains("surface 'desk' (firmware), target 'daw' (mackie-control)", stdout);
    }

    [Fact]
    public async Task CheckConfig_PortAndUnits_SaysGiveOneOrTheOther()
    {
        var config = await WriteAsync("targets:\n  - kind: mackie-control\n    port: /dev/snd/midiC1D0\n    units:\n      - from: \"a:b\"\n");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.Equal($"{config}:5:7: 'units' is a JACK setting, and this entry is on 'port:' (a device file): give either JACK or 'port:', not both", stderr.Trim());
    }

    [Fact]
    public async Task CheckConfig_PortAndJack_SaysGiveOneOrTheOther()
    {
        var config = await WriteAsync("targets:\n  - kind: mackie-control\n    port: /dev/ttyUSB0\n    jack:\n      from: \"a:b\"\n");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.StartsWith($"{config}:3:11: give either 'port:' (a device path) or 'jack:' (JACK ports), not both", stderr.Trim());
    }

    [Fact]
    public async Task CheckConfig_BaudOnARawMidiNode_IsRefused()
    {
        var config = await WriteAsync("targets:\n  - kind: mackie-control\n    port: /dev/snd/midiC1D0\n    baud: 31250\n");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.Equal($"{config}:4:11: 'baud' is for serial ports; /dev/snd/midiC1D0 is an ALSA rawmidi device", stderr.Trim());
    }

    [Fact]
    public async Task CheckConfig_BaudOnJack_SaysItGoesWithPort()
    {
        var config = await WriteAsync("targets:\n  - kind: mackie-control\n    client: cs\n    baud: 38400\n");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.Equal($"{config}:4:11: 'baud' goes with 'port:' (a serial port); this entry is on JACK", stderr.Trim());
    }

    [Fact]
    public async Task CheckConfig_EmptyPort_SaysWhatToName()
    {
        var config = await WriteAsync("targets:\n  - kind: mackie-control\n    port: \"\"\n");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.StartsWith($"{config}:3:11: 'port' must name a device file", stderr.Trim());
    }

    [Fact]
    public async Task CheckConfig_JackSectionAndTopLevelClient_IsGivenTwice()
    {
        var config = await WriteAsync("targets:\n  - kind: mackie-control\n    client: cs\n    jack:\n      from: \"a:b\"\n");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.StartsWith($"{config}:3:13: 'client' is given twice", stderr.Trim());
    }

    [Fact]
    public async Task CheckConfig_JackSectionPortWithoutClient_SaysWhere()
    {
        var config = await WriteAsync("targets:\n  - kind: mackie-control\n    jack:\n      to: mackie control in\n");

        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);

        Assert.Equal(2, code);
        Assert.StartsWith($"{config}:4:11: 'mackie control in' is not a JACK port name", stderr.Trim());
    }

    private async Task<string> WriteAsync(string yaml)
    {
        var path = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(path, yaml, TestContext.Current.CancellationToken);
        return path;
    }
}

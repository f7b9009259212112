namespace ControlSurface.Host.Tests.Midi;

public sealed class MackieSurfaceKindTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-mackie-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task CheckConfig_NoPortAndNoJack_SaysWhatIsMissing()
    {
        var (code, stderr) = await CheckAsync("surfaces:\n  - kind: mackie-surface\n    name: mcu\n");

        Assert.Equal(2, code);
        Assert.Contains(":2:5: a mackie-surface needs 'port:'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_PortAndJackTogether_PointsAtThePort()
    {
        var (code, stderr) = await CheckAsync("surfaces:\n  - kind: mackie-surface\n    port: /dev/snd/midiC1D0\n    jack:\n      from: \"a:b\"\n");

        Assert.Equal(2, code);
        Assert.Contains(":3:11: give either 'port:'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_UnknownDeviceAndUnknownJackKey_AreErrors()
    {
        var (device, deviceErr) = await CheckAsync("surfaces:\n  - kind: mackie-surface\n    device: x-touch-one\n    port: /dev/snd/midiC1D0\n");
        var (jack, jackErr) = await CheckAsync("surfaces:\n  - kind: mackie-surface\n    jack:\n      form: \"a:b\"\n");

        Assert.Equal(2, device);
        Assert.Contains("device must be mcu, mcu-xt, x-touch, x-touch-xt or logic-control, not 'x-touch-one'", deviceErr, StringComparison.Ordinal);
        Assert.Equal(2, jack);
        Assert.Contains(":4:7: unknown key 'form'", jackErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_XTouchOnJack_IsAccepted()
    {
        var (code, stderr) = await CheckAsync("surfaces:\n  - kind: mackie-surface\n    device: x-touch\n    valueHoldMs: 2000\n    jack:\n      from: \"a2j:X-Touch (capture)\"\n      to: \"a2j:X-Touch (playback)\"\n");

        Assert.True(code == 0, stderr);
    }

    private async Task<(int Code, string Err)> CheckAsync(string yaml)
    {
        var config = Path.Combine(_dir, $"{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(config, yaml, TestContext.Current.CancellationToken);
        var (code, _, stderr) = await CliRunner.RunAsync("check-config", config);
        return (code, stderr);
    }
}

using System.Text.Json;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Link;
using ControlSurface.Host.Cli;

namespace ControlSurface.Host.Tests.Cli;

/// <summary>`simulate` runs a board on a real pty; a host link on the same path talks to it.</summary>
public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-simulate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static CommandContext Context(StringWriter stdout, StringWriter stderr) =>
        new(TextReader.Null, stdout, stderr, TimeProvider.System);

    [Fact]
    public async Task Simulate_OnAPtyPath_AHostConnectsResyncsAndSeesTheHand()
    {
        var port = Path.Combine(_dir, "ttyBoard");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = CommandLine.RunAsync(["simulate", "--port", port, "--faders", "2", "--pads", "4", "--serial", "BENCH-7", "--hand", "--json"], Context(stdout, stderr), stop.Token);
        var events = new List<ControlEvent>();
        var roster = new DeviceRoster();
        var surface = new FirmwareSurface(new SurfaceLayout(2, true, true, 4, 32, 8, 2, 7), (in EngineInput i) =>
        {
            lock (events)
                events.Add(i.Control);
            return true;
        });
        roster.Add(surface);
        await using (var link = new SerialLink(port, roster, TimeProvider.System))
        {
            link.Start();
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (!(surface.Connected && HasMove(events)) && !bound.IsCancellationRequested)
                await Task.Delay(20, TestContext.Current.CancellationToken);
            Assert.True(surface.Connected, $"no resync: {link.LastError}");
            Assert.True(HasMove(events), "the scripted hand moved no fader");
            Assert.Equal("BENCH-7", surface.Identity);
        }
        await stop.CancelAsync();
        var code = await run;

        Assert.True(code == 0, stderr.ToString());
        using var summary = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("BENCH-7", summary.RootElement.GetProperty("serial").GetString());
        Assert.True(summary.RootElement.GetProperty("sessions").GetInt64() >= 1);
        Assert.Equal(2, summary.RootElement.GetProperty("pushWhileHeldMs").GetArrayLength());
        Assert.False(File.Exists(port));
    }

    private static bool HasMove(List<ControlEvent> events)
    {
        lock (events)
            return events.Any(e => e.Kind == ControlEventKind.FaderMoved && e.Value > 0.05);
    }

    [Fact]
    public async Task Simulate_WithoutPort_IsAUsageError()
    {
        var stderr = new StringWriter();

        var code = await CommandLine.RunAsync(["simulate", "--faders", "4"], Context(new StringWriter(), stderr), TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.Contains("--port", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_TooManyFaders_IsAUsageError()
    {
        var stderr = new StringWriter();

        var code = await CommandLine.RunAsync(["simulate", "--port", Path.Combine(_dir, "p"), "--faders", "65"], Context(new StringWriter(), stderr), TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.Contains("--faders", stderr.ToString(), StringComparison.Ordinal);
    }
}

using System.Text.Json;
using ControlSurface.Core.Engine;
using ControlSurface.Midi.Mackie;
using ControlSurface.Midi.MackieHost;
using ControlSurface.Midi.Ports.Jack;
using ControlSurface.Midi.Tests.Ports.Jack;

namespace ControlSurface.Host.Tests.Midi;

/// <summary>`controlsurface run` with MIDI devices on JACK ports of a private jackd; the devices are simulated by this test's own JACK client.</summary>
[Collection(JackHostCollection.Name)]
public sealed class MidiJackRunTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly JackServer _server = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("cs-jack-").FullName;

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Run_NanoKontrol2OnJackPorts_LedsAtConnect_FaderPicksUpTheStrip()
    {
        Assert.SkipUnless(_server.Available, JackServer.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        await using var sim = JackMidiClient.Start("sim", new JackClientOptions(_server.Name, TimeSpan.FromMilliseconds(100)));
        var nano = sim.AddPort("nano");
        var config = await WriteConfigAsync($"""
            engine:
              strips: 8
            surfaces:
              - kind: midi-controller
                name: nano
                profile: nanokontrol2
                jack:
                  from: "sim:nano out"
                  to: "sim:nano in"
                  client: cs-bridge
                  server: {_server.Name}
            targets:
              - kind: builtin-mixer
            """);
        var run = CliRunner.RunAsync("run", "--config", config, "--seconds", "4", "--json");

        // The bridge's first LED message proves it connected; then sweep fader 1 across unity: the first reading only
        // tells where the knob is, the next one below unity waits for pickup, crossing unity picks the strip up.
        var first = await ReadAsync(nano, 3, ct);
        nano.Send([0xB0, 0x00, 0x50]);
        nano.Send([0xB0, 0x00, 0x60]);
        nano.Send([0xB0, 0x00, 0x7F]);
        var (code, stdout, stderr) = await run;

        Assert.True(code == 0, stderr);
        Assert.Equal([0xB0, 0x30, 0x00], first);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(1.0, doc.RootElement.GetProperty("strips")[0].GetProperty("fader").GetDouble(), 3);
        var surface = doc.RootElement.GetProperty("surfaces")[0];
        Assert.Equal(1, surface.GetProperty("pickupWaits").GetInt64());
    }

    [Fact]
    public async Task Run_MackieSurfaceOnJackPorts_NamesOnTheUnit_HandMoveReachesTheModel()
    {
        Assert.SkipUnless(_server.Available, JackServer.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        await using var sim = JackMidiClient.Start("sim", new JackClientOptions(_server.Name, TimeSpan.FromMilliseconds(100)));
        var port = sim.AddPort("xtouch");
        var expected = StripNameFitter.Fit("Kick").PadRight(7) + StripNameFitter.Fit("Snare Drum");
        var names = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var unit = new MackieControlTarget([port], "simulated X-Touch");
        unit.Attach(input =>
        {
            if (input.Address.Parameter == Parameter.Name && unit.Units[0].LcdLine(0).StartsWith(expected, StringComparison.Ordinal))
                names.TrySetResult();
        }, 0);
        var config = await WriteConfigAsync($"""
            engine:
              strips: 8
              stripNames: [Kick, Snare Drum]
            surfaces:
              - kind: mackie-surface
                name: xtouch
                device: x-touch
                jack:
                  from: "sim:xtouch out"
                  to: "sim:xtouch in"
                  client: cs-bridge
                  server: {_server.Name}
            targets:
              - kind: builtin-mixer
            """);
        var run = CliRunner.RunAsync("run", "--config", config, "--seconds", "5", "--json");

        // The unit answers the bridge's device query; the bridge pushes the names; a hand moves fader 1 to the top.
        unit.Start();
        await names.Task.WaitAsync(Timeout, ct);
        port.Send([0x90, 0x68, 0x7F, 0xE0, 0x7F, 0x7F, 0x90, 0x68, 0x00]);
        var (code, stdout, stderr) = await run;

        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(1.0, doc.RootElement.GetProperty("strips")[0].GetProperty("fader").GetDouble(), 3);
        var surface = doc.RootElement.GetProperty("surfaces")[0];
        Assert.Equal("mackie", surface.GetProperty("kind").GetString());
        Assert.True(surface.GetProperty("counters").GetProperty("statePushes").GetInt64() >= 1);
    }

    private async Task<string> WriteConfigAsync(string text)
    {
        var path = Path.Combine(_dir, "bridge.yaml");
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        return path;
    }

    private static async Task<byte[]> ReadAsync(JackMidiPort port, int count, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(Timeout);
        var buffer = new byte[count];
        var n = 0;
        while (n < count)
            n += await port.ReceiveAsync(buffer.AsMemory(n), cts.Token);
        return buffer;
    }
}

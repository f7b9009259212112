using System.Collections.Concurrent;
using ControlSurface.Core.Engine;
using ControlSurface.Midi.Mackie;
using ControlSurface.Midi.MackieHost;
using ControlSurface.Midi.Ports.Jack;
using ControlSurface.Midi.Tests.Ports.Jack;

namespace ControlSurface.Midi.Tests.MackieHost;

/// <summary>The host role (our <see cref="MackieSurface"/>) paired with the device role (<see cref="MackieControlTarget"/>, a simulated X-Touch) over real JACK ports.</summary>
[Collection(JackCollection.Name)]
public sealed class MackieJackPairingTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly string[] Names = ["Kick", "Snare Drum", "Bass", "Vox"];
    private readonly JackServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task HostAndDevice_OverJack_HandshakeFadersNamesAndPushAfterReconnect()
    {
        Assert.SkipUnless(_server.Available, JackServer.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var options = new JackClientOptions(_server.Name, TimeSpan.FromMilliseconds(100));
        var watch = new Watch();

        // Our side: an engine with named strips and the host role on JACK client "cs-host".
        var engine = new BridgeEngine(new EngineOptions { StripCount = 8, StripNames = Names }, TimeProvider.System);
        await using var hostClient = JackMidiClient.Start("cs-host", options);
        var hostPort = hostClient.AddPort("xtouch", connectInputFrom: "cs-dev:unit out", connectOutputTo: "cs-dev:unit in");
        await using var surface = new MackieSurface("X-Touch", hostPort, e => engine.Post(EngineInput.FromControl(e)), TimeProvider.System, MackieSurfaceOptions.XTouch);
        var index = engine.AddSurface(surface, MackieSurfaceMapping.Create(mainUnit: true));
        surface.SurfaceIndex = index;
        var stripFader = new double[8];
        engine.Ticked += e =>
        {
            for (var i = 0; i < stripFader.Length; i++)
                Volatile.Write(ref stripFader[i], e.Mixer.Get(i).Fader.Normalized);
            watch.Check();
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var engineRun = Task.Run(() => engine.RunAsync(stop.Token), ct);
        var reader = Task.Run(() => surface.RunAsync(stop.Token), ct);
        surface.Start();
        var device = await Device.StartAsync(options, hostPort, watch);
        try
        {
            // Handshake: the device says hello (and answers our query); the host goes online and pushes.
            await watch.Until(() => surface.IsOnline && surface.Hellos >= 1);
            engine.Post(EngineInput.SurfaceStatus(index, connected: true, "{}"));

            // Names arrive on the device's LCD, fitted to the X-Touch's 7 characters.
            var names = string.Concat(Names.Select(n => StripNameFitter.Fit(n).PadRight(7)));
            await watch.Until(() => device.Unit.LcdLine(0).StartsWith(names, StringComparison.Ordinal));

            // A model change moves the device's fader (through the feedback stage's motor glide).
            engine.Post(EngineInput.TargetUpdate(0, ModelAddress.Fader(2), 0.5));
            await watch.Until(() => device.FaderNear(2, 0.5));

            // A hand on the device's fader 1: touch, move, release; the model follows.
            device.Port.Send([0x90, 0x68, 0x7F, 0xE0, 0x00, 0x20, 0x90, 0x68, 0x00]);
            await watch.Until(() => Math.Abs(Volatile.Read(ref stripFader[0]) - 0x1000 / 16383.0) < 0.002);

            // The device goes away and comes back blank: the host pushes everything again.
            var pushes = surface.StatePushes;
            await device.DisposeAsync();
            device = await Device.StartAsync(options, hostPort, watch);
            await watch.Until(() => surface.StatePushes > pushes
                && device.Unit.LcdLine(0).StartsWith(names, StringComparison.Ordinal) && device.FaderNear(2, 0.5));
        }
        finally
        {
            await device.DisposeAsync();
            await stop.CancelAsync();
            await Task.WhenAll(engineRun, reader);
        }
    }

    /// <summary>The simulated X-Touch: a device-role Mackie unit on its own JACK client "cs-dev".</summary>
    private sealed class Device : IAsyncDisposable
    {
        private readonly JackMidiClient _client;
        private readonly MackieControlTarget _target;
        private readonly ConcurrentDictionary<int, double> _faders = new();

        private Device(JackMidiClient client, JackMidiPort port, Watch watch)
        {
            _client = client;
            Port = port;
            _target = new MackieControlTarget([port], "simulated X-Touch");
            _target.Attach(input =>
            {
                if (input.Address.Parameter == Parameter.Fader)
                    _faders[input.Address.Index] = input.Value;
                watch.Check();
            }, 0);
        }

        public JackMidiPort Port { get; }

        public MackieUnit Unit => _target.Units[0];

        public bool FaderNear(int strip, double value) => _faders.TryGetValue(strip, out var v) && Math.Abs(v - value) < 0.002;

        /// <summary>Powers the unit up once its cable is in (our host's ports are connected to it), so its hello is heard.</summary>
        public static async Task<Device> StartAsync(JackClientOptions options, JackMidiPort hostPort, Watch watch)
        {
            var client = JackMidiClient.Start("cs-dev", options);
            var port = client.AddPort("unit");
            await watch.Until(() => port.IsConnected && hostPort.HasInputConnection && hostPort.HasOutputConnection);
            var device = new Device(client, port, watch);
            device._target.Start();
            return device;
        }

        public async ValueTask DisposeAsync()
        {
            await _target.DisposeAsync();
            await Port.DisposeAsync();
            await _client.DisposeAsync();
        }
    }

    /// <summary>Conditions re-checked on every engine tick and device input; each wait is bounded.</summary>
    private sealed class Watch
    {
        private readonly Lock _gate = new();
        private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waits = [];

        public void Check()
        {
            lock (_gate)
            {
                for (var i = _waits.Count - 1; i >= 0; i--)
                {
                    if (_waits[i].Condition())
                    {
                        _waits[i].Done.TrySetResult();
                        _waits.RemoveAt(i);
                    }
                }
            }
        }

        public async Task Until(Func<bool> condition)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
                _waits.Add((condition, done));
            Check();
            await done.Task.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        }
    }
}

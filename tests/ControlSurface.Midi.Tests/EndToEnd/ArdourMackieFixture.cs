using ControlSurface.Core.Engine;
using ControlSurface.Midi.Mackie;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Midi.Tests.EndToEnd;

/// <summary>Ardour up, our JACK client's Mackie port connected to Ardour's, a Mackie target recording what it posts.</summary>
public sealed class ArdourMackieFixture : IAsyncLifetime
{
    private readonly object _gate = new();
    private readonly List<EngineInput> _posted = [];

    public ArdourPeer? Peer { get; private set; }

    public string SkipReason { get; private set; } = "";

    public JackMidiClient? Client { get; private set; }

    public JackMidiPort? Port { get; private set; }

    public MackieControlTarget? Target { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("CONTROLSURFACE_ARDOUR_E2E") != "1")
        {
            SkipReason = "opt-in until the hang seen at 11:05 UTC on the shared peer is understood: set CONTROLSURFACE_ARDOUR_E2E=1";
            return;
        }
        Peer = ArdourPeer.Start(out var reason);
        SkipReason = reason;
        if (Peer is null)
            return;
        Client = JackMidiClient.Start("cs-mackie-e2e", new JackClientOptions(Peer.JackServer));
        Port = Client.AddPort("mcu", connectInputFrom: Peer.McuOut, connectOutputTo: Peer.McuIn);
        Target = new MackieControlTarget([Port], "Ardour (Mackie)");
        Target.Attach(Add, 0);
        Target.Start();
        await Task.CompletedTask;
    }

    private void Add(EngineInput input)
    {
        lock (_gate)
        {
            _posted.Add(input);
            System.Threading.Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Waits until a posted input matches (looking at everything posted so far, then at new ones).</summary>
    public EngineInput WaitFor(Func<EngineInput, bool> match, TimeSpan timeout, int from = 0)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        lock (_gate)
        {
            var i = from;
            while (true)
            {
                for (; i < _posted.Count; i++)
                {
                    if (match(_posted[i]))
                        return _posted[i];
                }
                var left = deadline - Environment.TickCount64;
                if (left <= 0 || !System.Threading.Monitor.Wait(_gate, (int)left))
                    throw new TimeoutException("no matching input posted");
            }
        }
    }

    /// <summary>How many inputs were posted so far (a starting point for <see cref="WaitFor"/>).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _posted.Count;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Target is not null)
            await Target.DisposeAsync();
        if (Client is not null)
            await Client.DisposeAsync();
    }
}

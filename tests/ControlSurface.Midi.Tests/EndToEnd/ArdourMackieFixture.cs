using ControlSurface.Core.Engine;
using ControlSurface.Midi.Mackie;
using ControlSurface.Midi.Ports.Jack;
using ControlSurface.Tests.Ardour;

namespace ControlSurface.Midi.Tests.EndToEnd;

/// <summary>A private Ardour, our JACK client's Mackie port connected to Ardour's, a Mackie target recording what it posts, one OSC surface.</summary>
public sealed class ArdourMackieFixture : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private readonly List<EngineInput> _posted = [];
    private TaskCompletionSource _added = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Timer? _watchdog;

    public ArdourPeer? Peer { get; private set; }

    public string SkipReason { get; private set; } = "";

    public JackMidiClient? Client { get; private set; }

    public JackMidiPort? Port { get; private set; }

    public MackieControlTarget? Target { get; private set; }

    public OscProbe? Osc { get; private set; }

    public ValueTask InitializeAsync()
    {
        if (ArdourPeer.NotInstalledReason() is { } reason)
        {
            SkipReason = reason;
            return ValueTask.CompletedTask;
        }
        if (Environment.GetEnvironmentVariable("CONTROLSURFACE_ARDOUR_E2E") != "1")
        {
            // The whole path (board, bridge, Ardour) runs by default in the Host tests (ArdourBridgeTests).
            SkipReason = "opt-in (CONTROLSURFACE_ARDOUR_E2E=1): on a loaded machine Ardour 7.3 left this bare target's surface blank " +
                "after the handshake in about 1 run of 4, even with the reconnect watchdog; see README Decisions";
            return ValueTask.CompletedTask;
        }
        Peer = ArdourPeer.Start("midi");
        Osc = new OscProbe(Peer.OscPort);
        Client = JackMidiClient.Start("cs-mackie-e2e", new JackClientOptions(Peer.JackServer));
        Port = Client.AddPort("mcu", connectInputFrom: Peer.McuOut, connectOutputTo: Peer.McuIn);
        Target = new MackieControlTarget([Port], "Ardour (Mackie)");
        Target.Attach(Add, 0);
        Target.Start();
        // As the host's mackie-control component does: a unit Ardour left blank after the handshake reconnects.
        var port = Port;
        var unit = Target.Units[0];
        _watchdog = new Timer(_ =>
        {
            if (unit.HandshakeStalled(TimeSpan.FromSeconds(5)))
                port.Reconnect();
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        return ValueTask.CompletedTask;
    }

    private void Add(EngineInput input)
    {
        TaskCompletionSource added;
        lock (_gate)
        {
            _posted.Add(input);
            added = _added;
            _added = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        added.TrySetResult();
    }

    /// <summary>Waits until a posted input matches (looking at everything posted from <paramref name="from"/> on); fails at once if Ardour died.</summary>
    public async Task<EngineInput> WaitForAsync(Func<EngineInput, bool> match, TimeSpan timeout, string what, int from = 0)
    {
        var deadline = DateTime.UtcNow + timeout;
        var i = from;
        while (true)
        {
            Task added;
            lock (_gate)
            {
                for (; i < _posted.Count; i++)
                {
                    if (match(_posted[i]))
                        return _posted[i];
                }
                added = _added.Task;
            }
            Peer!.ThrowIfDead();
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"the Mackie target never posted {what} within {timeout.TotalSeconds:0} s ({Count} inputs posted; device queries {Target!.Units[0].Queries}, re-handshakes {Target.Units[0].Rehandshakes})");
            await Task.WhenAny(added, Task.Delay(left < TimeSpan.FromMilliseconds(250) ? left : TimeSpan.FromMilliseconds(250))).ConfigureAwait(false);
        }
    }

    /// <summary>How many inputs were posted so far (a starting point for <see cref="WaitForAsync"/>).</summary>
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
        try
        {
            if (_watchdog is not null)
                await _watchdog.DisposeAsync();
            if (Target is not null)
                await Target.DisposeAsync();
            if (Client is not null)
                await Client.DisposeAsync();
            Osc?.Dispose();
        }
        finally
        {
            Peer?.Dispose();
        }
    }
}

using ControlSurface.Core.Engine;
using ControlSurface.Core.Feedback;
using ControlSurface.Firmware.Simulation;
using ControlSurface.Host.Bridge;
using ControlSurface.Host.Config;
using ControlSurface.Host.Firmware;
using ControlSurface.Host.Mackie;
using ControlSurface.Midi.Ports.Jack;
using ControlSurface.Tests.Ardour;

namespace ControlSurface.Host.Tests.Mackie;

/// <summary>
/// The shipped example hardware/examples/ardour-mackie-sim.yaml run by BridgeRun against a private Ardour:
/// simulated board on a real pty → bridge → JACK MIDI → Ardour, with one OSC surface reading Ardour back.
/// </summary>
public sealed class ArdourBridgeFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<IReadOnlyList<IBridgeComponent>> _components = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private double[] _faders = [];
    private string[] _names = [];
    private string[] _causes = [];
    private DawDisplays _displays = new("", "", "", default);
    private long _ticks;
    private bool _armed;
    private bool _recording;
    private Task<RunResult>? _run;
    private string? _dir;

    public ArdourPeer? Peer { get; private set; }

    public string SkipReason { get; private set; } = "";

    public OscProbe? Osc { get; private set; }

    /// <summary>The take sheet of this run (SQLite on disk, in the fixture's temporary folder).</summary>
    public string? TakesDb { get; private set; }

    public BoardSimulator? Board { get; private set; }

    public SimulatedBoardRig? Rig { get; private set; }

    internal MackieControlComponent? Mackie { get; private set; }

    /// <summary>Engine ticks so far (the engine ticks every 10 ms of its clock).</summary>
    public long Ticks => Interlocked.Read(ref _ticks);

    /// <summary>Set by a test once Ardour has acted on a button from the board (its first presses after the handshake can be lost).</summary>
    public bool ArdourListens { get; set; }

    /// <summary>What Ardour's Mackie displays put into the model, as of the last engine tick.</summary>
    public DawDisplays Displays => Volatile.Read(ref _displays);

    /// <summary>Strip 1's second LCD line, the time display, the assignment display and the time mode, from the model.</summary>
    public sealed record DawDisplays(string ValueText1, string Time, string Assignment, Core.Model.TimeDisplayMode Mode);

    /// <summary>Whether the take session records a take, as of the last engine tick.</summary>
    public bool TakeRecording => Volatile.Read(ref _recording);

    /// <summary>Whether the take session is armed, as of the last engine tick.</summary>
    public bool TakesArmed => Volatile.Read(ref _armed);

    /// <summary>Model fader of <paramref name="strip"/> as of the last engine tick.</summary>
    public double ModelFader(int strip) => Volatile.Read(ref _faders) is { } f && strip < f.Length ? f[strip] : double.NaN;

    /// <summary>The board's feedback decisions for <paramref name="fader"/> as of the last engine tick, oldest first (for failure messages).</summary>
    public string FaderCauses(int fader) => Volatile.Read(ref _causes) is { } c && fader < c.Length ? c[fader] : "";

    public async ValueTask InitializeAsync()
    {
        if (ArdourPeer.NotInstalledReason() is { } reason)
        {
            SkipReason = reason;
            return;
        }
        Peer = ArdourPeer.Start("host");
        // Feedback 19 plus 1024: /position/samples, to see where Ardour's playhead is.
        Osc = new OscProbe(Peer.OscPort, feedback: 19 | 1024);
        // The example as shipped, pointed at the private JACK server of this peer.
        var example = await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "hardware", "examples", "ardour-mackie-sim.yaml"));
        Assert.Contains("server: default ", example);
        Assert.Contains("locate: osc://127.0.0.1:3819 ", example);
        _dir = Directory.CreateTempSubdirectory("cs-ardour-bridge-").FullName;
        var path = Path.Combine(_dir, "ardour-mackie-sim.yaml");
        // Plus a take sheet on disk, so the pads' take workflow runs against the DAW too; pad 2 undoes the last take, pad 14 plays take 1.
        TakesDb = Path.Combine(_dir, "takes.db");
        await File.WriteAllTextAsync(path, example.Replace("server: default ", $"server: {Peer.JackServer} ", StringComparison.Ordinal)
            .Replace("locate: osc://127.0.0.1:3819 ", $"locate: osc://127.0.0.1:{Peer.OscPort} ", StringComparison.Ordinal)
            + $"\ntakes:\n  db: {TakesDb}\n  pads: [\"0 = arm\", \"1 = record\", \"2 = undo\", \"3 = play-last\", \"4 = keeper\", \"7 = next-song\", \"11 = rate:4\", \"14 = play:1\"]\n");
        var config = ConfigLoader.LoadFile(path);

        _run = BridgeRun.RunAsync(config, new RunOptions(0, null, false, Started: OnStarted, ComponentsStarted: c => _components.TrySetResult(c)),
            TimeProvider.System, _stop.Token);
        var components = await _components.Task.WaitAsync(Timeout);
        var rig = (SimulatedRigComponent)components[0];
        Rig = rig.Rig;
        Board = rig.Rig.Simulator;
        Mackie = (MackieControlComponent)components[1];
        await WaitUntilAsync(() => Rig.Surface.Connected, "the simulated board's link is up");
        await WaitUntilAsync(() => Volatile.Read(ref _names) is ["Kick", "Snare", "Bass", "Vox", ..], () =>
            $"Ardour's Mackie handshake put its four track names into the model (model: {string.Join(", ", Volatile.Read(ref _names))}; LCD '{Mackie.Target.Units[0].LcdLine(0)}'; device queries {Mackie.Target.Units[0].Queries}, JACK client up {Mackie.Client?.IsConnected}, " +
            $"connected in {(Mackie.Ports[0] as JackMidiPort)?.HasInputConnection} out {(Mackie.Ports[0] as JackMidiPort)?.HasOutputConnection}, bytes in {Mackie.Ports[0].Counters.BytesIn} out {Mackie.Ports[0].Counters.BytesOut})");
    }

    private void OnStarted(BridgeEngine engine) => engine.Ticked += e =>
    {
        // On the engine thread: the only safe place to read the model.
        var strips = e.Mixer.Strips;
        var faders = new double[strips.Count];
        for (var i = 0; i < faders.Length; i++)
            faders[i] = strips[i].Fader.Normalized;
        if (strips.Count >= 4 && (_names.Length == 0 || strips[0].Name != _names[0] || strips[3].Name != _names[3]))
            Volatile.Write(ref _names, [.. strips.Select(s => s.Name)]);
        Volatile.Write(ref _faders, faders);
        var stage = e.Feedback.Stage(0);
        var entries = new FaderCauseEntry[stage.Causes.Depth];
        var causes = new string[Math.Min(4, stage.Causes.Faders)];
        for (var f = 0; f < causes.Length; f++)
        {
            var n = stage.Causes.CopyTo(f, entries);
            causes[f] = string.Join(" ", entries.Take(n).Select(x => FormattableString.Invariant($"{x.Label}@{x.At.TotalMilliseconds:0}={x.Value:0.000}")));
        }
        Volatile.Write(ref _causes, causes);
        var d = e.Transport.Display;
        Volatile.Write(ref _displays, new DawDisplays(strips.Count > 0 ? strips[0].ValueText : "", d.Time, d.Assignment, d.Mode));
        Volatile.Write(ref _armed, e.Takes?.Session.Armed ?? false);
        Volatile.Write(ref _recording, e.Takes?.Session.Recording is not null);
        Interlocked.Increment(ref _ticks);
    };

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> after <see cref="Timeout"/>, or at once if Ardour or the bridge died.</summary>
    public Task WaitUntilAsync(Func<bool> condition, string what) => WaitUntilAsync(condition, () => what);

    /// <summary>As <see cref="WaitUntilAsync(Func{bool}, string)"/>, describing the state only when it fails.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, Func<string> what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            Peer!.ThrowIfDead();
            if (_run is { IsCompleted: true })
                throw new InvalidOperationException($"the bridge stopped while waiting for: {what()}", _run.Exception);
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"not within {Timeout.TotalSeconds:0} s: {what()}");
            await Task.Delay(10);
        }
    }

    /// <summary>Waits for <paramref name="count"/> more engine ticks: a bound for "nothing happened" checks, counted in engine work rather than wall time.</summary>
    public Task WaitTicksAsync(int count)
    {
        var until = Ticks + count;
        return WaitUntilAsync(() => Ticks >= until, $"{count} engine ticks");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _stop.CancelAsync();
            if (_run is not null)
                await _run.WaitAsync(TimeSpan.FromSeconds(30));
            Osc?.Dispose();
        }
        finally
        {
            Peer?.Dispose();
            _stop.Dispose();
            if (_dir is not null)
                Directory.Delete(_dir, recursive: true);
        }
    }
}

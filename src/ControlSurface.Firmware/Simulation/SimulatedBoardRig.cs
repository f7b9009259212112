using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Link;
using ControlSurface.Firmware.Serial;

namespace ControlSurface.Firmware.Simulation;

/// <summary>A simulated board on a real pseudo-terminal with the host on the serial path: simulator, pty, link and surface in one object.</summary>
/// <remarks>
/// <para>Use: <c>var rig = SimulatedBoardRig.Create(options, engine.Post, time);</c> register <see cref="Surface"/> with
/// the engine and set its <see cref="FirmwareSurface.Index"/>, then <c>await rig.StartAsync(ct)</c> (returns once the
/// first resync completed). Play the board through <see cref="Simulator"/>; read <see cref="Counters"/> and
/// <see cref="FirmwareSurface.StatusJson"/> for reports.</para>
/// <para><see cref="Unplug"/> and <see cref="Plug"/> make the board vanish and return on the same port path.</para>
/// </remarks>
public sealed class SimulatedBoardRig : IAsyncDisposable
{
    private readonly RigOptions _options;
    private readonly string? _tempDirectory;
    private readonly Lock _gate = new();
    private PseudoTerminal? _pty;

    private SimulatedBoardRig(RigOptions options, EnginePost post, TimeProvider time)
    {
        _options = options;
        if (options.PortPath is null)
        {
            _tempDirectory = Directory.CreateTempSubdirectory("controlsurface-rig-").FullName;
            PortPath = Path.Combine(_tempDirectory, "ttyFirmware");
        }
        else
        {
            PortPath = options.PortPath;
        }
        Simulator = new BoardSimulator(options.Board, time);
        Board = new SimulatedBoard(Simulator, time);
        var b = options.Board;
        var layout = new SurfaceLayout(b.Faders, MotorizedFaders: true, TouchSensing: true, b.Pads, b.Buttons, b.Encoders, b.DisplayLines, b.DisplayCharacters);
        Surface = new FirmwareSurface(layout, post, b.Serial);
        Roster = new DeviceRoster();
        Roster.Add(Surface);
        var linkOptions = options.Link with
        {
            Open = SerialPaths.Opener(options.SerialPath),
            Wrap = options.Faults is { } faults ? t => new FaultInjector(t, faults, options.FaultSeed) : options.Link.Wrap,
        };
        Link = new SerialLink(PortPath, Roster, time, linkOptions);
    }

    /// <summary>The simulated board: the hand, faders, pads, buttons, encoders, LEDs, text, push-while-held per fader.</summary>
    public BoardSimulator Simulator { get; }

    /// <summary>The board's runner (1 kHz loop and port).</summary>
    public SimulatedBoard Board { get; }

    /// <summary>The engine-facing surface (kind "firmware").</summary>
    public FirmwareSurface Surface { get; }

    /// <summary>The roster the link finds the surface in.</summary>
    public DeviceRoster Roster { get; }

    /// <summary>The host end of the serial link.</summary>
    public SerialLink Link { get; }

    /// <summary>The link's counters (frames, errors, resyncs, reconnects, RTT).</summary>
    public LinkCounters Counters => Link.Counters;

    /// <summary>The port path the host opens (a symlink to the current pty slave).</summary>
    public string PortPath { get; }

    /// <summary>Creates a rig without starting it (register <see cref="Surface"/> with the engine first).</summary>
    public static SimulatedBoardRig Create(RigOptions options, EnginePost post, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(time);
        return new SimulatedBoardRig(options, post, time);
    }

    /// <summary>Creates and starts a rig; the surface posts with index 0.</summary>
    public static async Task<SimulatedBoardRig> StartAsync(RigOptions options, EnginePost post, TimeProvider time, CancellationToken cancellation)
    {
        var rig = Create(options, post, time);
        rig.Surface.Index = 0;
        await rig.StartAsync(cancellation).ConfigureAwait(false);
        return rig;
    }

    /// <summary>Plugs the board into a fresh pty, starts everything, and waits (up to 10 s) for the first resync.</summary>
    /// <exception cref="TimeoutException">The host did not resync with the board.</exception>
    public async Task StartAsync(CancellationToken cancellation)
    {
        Plug();
        Board.Start();
        var resynced = WaitForResyncAsync(0, TimeSpan.FromSeconds(10), cancellation);
        Link.Start();
        await resynced.ConfigureAwait(false);
    }

    /// <summary>Makes the board vanish: its pty is closed and the port path removed.</summary>
    public void Unplug()
    {
        lock (_gate)
        {
            Board.Disconnect();
            _pty?.Dispose();
            _pty = null;
        }
    }

    /// <summary>Brings the board back on a new pty at the same port path.</summary>
    public void Plug()
    {
        lock (_gate)
        {
            if (_pty is not null)
                return;
            _pty = PseudoTerminal.Open(PortPath);
            ISerialTransport device = _pty.Master;
            if (_options.Faults is { } faults)
                device = new FaultInjector(device, faults, _options.FaultSeed + 1);
            Board.Connect(device);
        }
    }

    /// <summary>Completes when the link has resynchronised more than <paramref name="resyncs"/> times in total.</summary>
    /// <exception cref="TimeoutException">Not within <paramref name="timeout"/>.</exception>
    public async Task WaitForResyncAsync(long resyncs, TimeSpan timeout, CancellationToken cancellation)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnResynced(SerialLink link)
        {
            if (link.Counters.Resyncs > resyncs)
                done.TrySetResult();
        }
        Link.Resynced += OnResynced;
        try
        {
            if (Counters.Resyncs > resyncs)
                return;
            await done.Task.WaitAsync(timeout, cancellation).ConfigureAwait(false);
        }
        finally
        {
            Link.Resynced -= OnResynced;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Link.DisposeAsync().ConfigureAwait(false);
        await Board.DisposeAsync().ConfigureAwait(false);
        Unplug();
        if (_tempDirectory is not null)
            Directory.Delete(_tempDirectory, recursive: true);
    }
}

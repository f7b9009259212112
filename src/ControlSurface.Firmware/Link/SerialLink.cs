using System.Buffers;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;
using ControlSurface.Firmware.Serial;

namespace ControlSurface.Firmware.Link;

/// <summary>The host end of one serial port: opens it, handshakes, heartbeats, resyncs, and reopens it whenever the board vanishes or falls silent.</summary>
/// <remarks>
/// <para>Per session a reader thread blocks in the port's read and dispatches frames as they arrive (heartbeat
/// replies and ACKs are answered from there), and a writer thread, woken by feedback or a
/// <see cref="TimeProvider"/> timer, sends coalesced commands, heartbeats and handshake retries in batches.</para>
/// <para>The board found on the port is bound to its surface through the <see cref="DeviceRoster"/> by the identity
/// in its HELLO, never by the path.</para>
/// </remarks>
public sealed class SerialLink : IAsyncDisposable, IFrameSink
{
    private readonly DeviceRoster _roster;
    private readonly TimeProvider _time;
    private readonly FirmwareLinkOptions _options;
    private readonly long _epoch;
    private readonly Lock _writeGate = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly CancellationTokenSource _stop = new();
    private readonly LinkSession _session;
    private Task? _run;
    private int _sequence;

    /// <summary>Creates a link for the port at <paramref name="path"/>; call <see cref="Start"/> to run it.</summary>
    public SerialLink(string path, DeviceRoster roster, TimeProvider time, FirmwareLinkOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        _roster = roster ?? throw new ArgumentNullException(nameof(roster));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new FirmwareLinkOptions();
        _epoch = time.GetTimestamp();
        _session = new LinkSession(this);
    }

    /// <summary>The port path.</summary>
    public string Path { get; }

    /// <summary>What the link has seen.</summary>
    public LinkCounters Counters { get; } = new();

    /// <summary>Where the link is now.</summary>
    public LinkState State => _session.State;

    /// <summary>The board's last HELLO on this port, or null.</summary>
    public Hello? Device => _session.Device;

    /// <summary>The surface attached now, or null.</summary>
    public FirmwareSurface? Surface => _session.Surface;

    /// <summary>Why the port was last closed or could not be opened, or null.</summary>
    public string? LastError { get; internal set; }

    internal FirmwareLinkOptions Options => _options;

    internal TimeProvider Time => _time;

    internal DeviceRoster Roster => _roster;

    internal AutoResetEvent WakeEvent => _wake;

    /// <summary>Raised on the reader thread each time a resync completes (the first connect included).</summary>
    public event Action<SerialLink>? Resynced;

    /// <summary>Starts the connect/reconnect loop in the background.</summary>
    public void Start() => _run ??= Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Wakes the writer (feedback is waiting).</summary>
    public void Wake() => _wake.Set();

    /// <summary>Sends one heartbeat now and waits for its reply; the round trip is also recorded in the counters.</summary>
    /// <returns>The round-trip time, or null on timeout or when not connected.</returns>
    public TimeSpan? Ping(TimeSpan timeout) => _session.Ping(timeout);

    /// <summary>Microseconds since the link was created, on the link's clock (wraps in heartbeats).</summary>
    internal long NowMicros => (long)_time.GetElapsedTime(_epoch).TotalMicroseconds;

    byte IFrameSink.NextSequence() => NextSequence();

    internal byte NextSequence() => (byte)Interlocked.Increment(ref _sequence);

    internal void Detach(FirmwareSurface surface) => _session.Detach(surface);

    internal void RaiseResynced() => Resynced?.Invoke(this);

    void IFrameSink.WriteFrames(ReadOnlySpan<byte> frames, int count) => WriteFrames(frames, count);

    /// <summary>Writes whole frames to the port; serialises the reader's and the writer's writes.</summary>
    internal void WriteFrames(ReadOnlySpan<byte> frames, int count)
    {
        var transport = _session.Transport ?? throw new IOException($"{Path}: not open");
        lock (_writeGate)
            transport.Write(frames);
        Interlocked.Add(ref Counters.FramesOutValue, count);
    }

    private async Task RunAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            ISerialTransport transport;
            try
            {
                transport = _options.Open(Path);
                if (_options.Wrap is { } wrap)
                    transport = wrap(transport);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                LastError = e.Message;
                await Delay(_options.ReconnectInterval, cancellation).ConfigureAwait(false);
                continue;
            }
            await _session.RunAsync(transport, cancellation).ConfigureAwait(false);
            if (!cancellation.IsCancellationRequested)
                Interlocked.Increment(ref Counters.SessionsLostValue);
        }
    }

    private async Task Delay(TimeSpan delay, CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(delay, _time, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _session.Stop();
        if (_run is not null)
            await _run.ConfigureAwait(false);
        _stop.Dispose();
        _wake.Dispose();
    }
}

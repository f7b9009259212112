using ControlSurface.Firmware.Serial;

namespace ControlSurface.Firmware.Simulation;

/// <summary>Runs a <see cref="BoardSimulator"/> for real: its 1 kHz control loop on a periodic timer, and a serial port it can be plugged into and out of.</summary>
/// <remarks>
/// The loop reads the <see cref="TimeProvider"/> and steps the physics by the time that really passed. Bytes from the
/// host are handled on the port's reader thread as they arrive (heartbeats are answered there, not in the loop).
/// While unplugged the board keeps running and its output is dropped, as a board without a USB host would.
/// </remarks>
public sealed class SimulatedBoard : IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly Lock _writeGate = new();
    private readonly byte[] _out = new byte[16384];
    private readonly CancellationTokenSource _stop = new();
    private ISerialTransport? _port;
    private Thread? _reader;
    private Task? _loop;

    /// <summary>Wraps <paramref name="board"/>; call <see cref="Start"/> to run its loop.</summary>
    public SimulatedBoard(BoardSimulator board, TimeProvider time)
    {
        Board = board ?? throw new ArgumentNullException(nameof(board));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The simulated board: hand, physics, indicators, counters.</summary>
    public BoardSimulator Board { get; }

    /// <summary>Simulates a firmware hang: while true the board ignores what arrives and sends nothing (the port stays open).</summary>
    public bool Hung { get; set; }

    /// <summary>Control-loop periods run so far.</summary>
    public long LoopTicks { get; private set; }

    /// <summary>Starts the 1 kHz loop.</summary>
    public void Start() => _loop ??= Task.Run(() => LoopAsync(_stop.Token));

    /// <summary>Plugs the board into <paramref name="port"/> (the device end); unplugs any previous one.</summary>
    public void Connect(ISerialTransport port)
    {
        ArgumentNullException.ThrowIfNull(port);
        Disconnect();
        lock (_writeGate)
            _port = port;
        _reader = new Thread(() => ReadLoop(port)) { IsBackground = true, Name = $"board read {port.Path}" };
        _reader.Start();
    }

    /// <summary>Unplugs the board: closes the port and stops reading it.</summary>
    public void Disconnect()
    {
        ISerialTransport? port;
        lock (_writeGate)
        {
            port = _port;
            _port = null;
        }
        port?.Dispose();
        _reader?.Join();
        _reader = null;
    }

    private void ReadLoop(ISerialTransport port)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var n = port.Read(buffer);
                if (n == 0)
                    return;
                if (Hung)
                    continue;
                Board.Receive(buffer.AsSpan(0, n));
                Flush();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Unplugged.
        }
    }

    private async Task LoopAsync(CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(1), _time);
        var last = _time.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation).ConfigureAwait(false))
            {
                var now = _time.GetTimestamp();
                Board.Step(_time.GetElapsedTime(last, now));
                last = now;
                LoopTicks++;
                Flush();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void Flush()
    {
        lock (_writeGate)
        {
            int n;
            while ((n = Board.DrainOutput(_out)) > 0)
            {
                try
                {
                    if (!Hung)
                        _port?.Write(_out.AsSpan(0, n));
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException)
                {
                    // No host: the bytes are lost, as on a real cable.
                }
            }
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
            await _loop.ConfigureAwait(false);
        Disconnect();
        _stop.Dispose();
    }
}

using System.Threading.Channels;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.Loopback;

/// <summary>An in-memory MIDI port: what one end sends, the other end receives. For tests and simulated devices.</summary>
/// <remarks>
/// Make a connected pair with <see cref="CreatePair"/>. Each send is copied (this is a fake, not a hot path);
/// received bytes come back in the chunks they were sent in, or split when the reader's buffer is smaller.
/// <see cref="Disconnect"/> and <see cref="Reconnect"/> simulate a device unplugged and plugged back in:
/// sends are dropped while it is down. Thread-safe.
/// </remarks>
public sealed class LoopbackMidiPort : IMidiPort
{
    private readonly Channel<byte[]> _inbox = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private LoopbackMidiPort? _peer;
    private byte[]? _pending;
    private int _pendingOffset;
    private volatile bool _connected = true;

    private LoopbackMidiPort(string name) => Name = name;

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public bool IsConnected => _connected;

    /// <inheritdoc />
    public MidiPortCounters Counters { get; } = new();

    /// <summary>Messages dropped because the port was down.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    private long _dropped;
    private long _bytesSent;

    /// <summary>Bytes handed to the other end so far.</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Two ends of one cable: <paramref name="deviceName"/> is the device's side, <paramref name="hostName"/> ours.</summary>
    public static (LoopbackMidiPort Device, LoopbackMidiPort Host) CreatePair(string deviceName, string hostName)
    {
        var device = new LoopbackMidiPort(deviceName);
        var host = new LoopbackMidiPort(hostName);
        device._peer = host;
        host._peer = device;
        return (device, host);
    }

    /// <inheritdoc />
    public bool Send(ReadOnlySpan<byte> messages)
    {
        if (!_connected || _peer is not { _connected: true } peer)
        {
            Interlocked.Increment(ref _dropped);
            return false;
        }
        Interlocked.Add(ref _bytesSent, messages.Length);
        return peer._inbox.Writer.TryWrite(messages.ToArray());
    }

    /// <inheritdoc />
    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation)
    {
        while (_pending is null)
        {
            _pending = await _inbox.Reader.ReadAsync(cancellation).ConfigureAwait(false);
            _pendingOffset = 0;
            if (_pending.Length == 0)
                _pending = null;
        }
        var n = Math.Min(buffer.Length, _pending.Length - _pendingOffset);
        _pending.AsSpan(_pendingOffset, n).CopyTo(buffer.Span);
        _pendingOffset += n;
        if (_pendingOffset == _pending.Length)
            _pending = null;
        return n;
    }

    /// <summary>Simulates the device going away (both ends see it).</summary>
    public void Disconnect()
    {
        _connected = false;
        _peer?._connected = false;
    }

    /// <summary>Simulates the device coming back.</summary>
    public void Reconnect()
    {
        _connected = true;
        _peer?._connected = true;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _inbox.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}

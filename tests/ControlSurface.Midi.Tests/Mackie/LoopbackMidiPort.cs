using System.Threading.Channels;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.Tests.Mackie;

/// <summary>An in-memory port: what the code sends is recorded; what the test injects is received.</summary>
public sealed class LoopbackMidiPort : IMidiPort
{
    private readonly Channel<byte[]> _incoming = Channel.CreateUnbounded<byte[]>();
    private readonly Lock _gate = new();
    private readonly List<byte> _sent = [];
    private byte[]? _pending;
    private int _pendingOffset;

    public string Name => "loopback";

    public bool IsConnected => true;

    public MidiPortCounters Counters { get; } = new();

    public byte[] Sent
    {
        get
        {
            lock (_gate)
                return [.. _sent];
        }
    }

    public void Inject(params byte[] bytes) => _incoming.Writer.TryWrite(bytes);

    public bool Send(ReadOnlySpan<byte> messages)
    {
        lock (_gate)
            _sent.AddRange(messages);
        return true;
    }

    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation)
    {
        if (_pending is null)
        {
            _pending = await _incoming.Reader.ReadAsync(cancellation);
            _pendingOffset = 0;
        }
        var n = Math.Min(buffer.Length, _pending.Length - _pendingOffset);
        _pending.AsMemory(_pendingOffset, n).CopyTo(buffer);
        _pendingOffset += n;
        if (_pendingOffset == _pending.Length)
            _pending = null;
        return n;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

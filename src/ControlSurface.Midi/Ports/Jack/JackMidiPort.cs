using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Ports.Jack;

/// <summary>A duplex JACK MIDI port pair ("NAME in", "NAME out") of a <see cref="JackMidiClient"/>.</summary>
/// <remarks>
/// <see cref="Send"/> frames the bytes into messages and queues them for the next process cycle.
/// Received events are concatenated into the byte stream <see cref="ReceiveAsync"/> returns (JACK
/// delivers complete messages without running status; SysEx may come in chunks).
/// </remarks>
public sealed class JackMidiPort : IMidiPort
{
    private readonly JackMidiClient _client;
    private readonly string? _connectInputFrom;
    private readonly string? _connectOutputTo;
    private readonly Lock _sendGate = new();
    private readonly AsyncSignal _received = new();
    private volatile bool _removed;
    private int _reconnect;

    internal JackMidiPort(JackMidiClient client, string name, string? connectInputFrom, string? connectOutputTo, int queueBytes)
    {
        _client = client;
        BaseName = name;
        _connectInputFrom = connectInputFrom;
        _connectOutputTo = connectOutputTo;
        Slot = new JackPortSlot(new SpscByteRing(queueBytes), new SpscByteRing(queueBytes), Counters);
    }

    /// <summary>The base name; JACK sees "BASE in" and "BASE out".</summary>
    public string BaseName { get; }

    /// <inheritdoc/>
    public string Name => $"jack:{_client.ActualName ?? "(down)"}:{BaseName}";

    /// <summary>Full JACK name of our input port, or null while down.</summary>
    public string? InputName => _client.ActualName is { } c ? $"{c}:{BaseName} in" : null;

    /// <summary>Full JACK name of our output port, or null while down.</summary>
    public string? OutputName => _client.ActualName is { } c ? $"{c}:{BaseName} out" : null;

    /// <summary>True when another port feeds our input.</summary>
    public bool HasInputConnection => Slot.InPort is var p && p != 0 && _client.IsConnected && JackNative.jack_port_connected(p) > 0;

    /// <summary>True when our output feeds another port.</summary>
    public bool HasOutputConnection => Slot.OutPort is var p && p != 0 && _client.IsConnected && JackNative.jack_port_connected(p) > 0;

    /// <inheritdoc/>
    public bool IsConnected => _client.IsConnected && IsRegistered;

    /// <inheritdoc/>
    public MidiPortCounters Counters { get; } = new();

    internal JackPortSlot Slot { get; }

    internal bool IsRegistered => Slot.InPort != 0;

    /// <inheritdoc/>
    public bool Send(ReadOnlySpan<byte> messages)
    {
        var ok = true;
        Span<byte> header = stackalloc byte[2];
        while (!messages.IsEmpty)
        {
            var length = MidiFraming.MessageLength(messages);
            if (length == 0)
            {
                Counters.AddDroppedOut(); // not a complete message: JACK would refuse it
                return false;
            }
            header[0] = (byte)length;
            header[1] = (byte)(length >> 8);
            bool queued;
            if (!IsConnected)
            {
                queued = false;
            }
            else
            {
                lock (_sendGate)
                    queued = Slot.ToSend.TryWrite(header, messages[..length]);
            }
            if (!queued)
            {
                Counters.AddDroppedOut();
                ok = false;
            }
            messages = messages[length..];
        }
        return ok;
    }

    /// <inheritdoc/>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation)
    {
        while (true)
        {
            var n = Slot.Received.Read(buffer.Span);
            if (n > 0)
                return n;
            ObjectDisposedException.ThrowIf(_removed, this);
            await _received.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    internal void DataArrived() => _received.Set();

    internal void Register(nint client)
    {
        if (_removed)
            return;
        var input = JackNative.jack_port_register(client, $"{BaseName} in", JackNative.MidiType, new CULong((nuint)JackNative.PortIsInput), new CULong(0));
        var output = JackNative.jack_port_register(client, $"{BaseName} out", JackNative.MidiType, new CULong((nuint)JackNative.PortIsOutput), new CULong(0));
        if (input == 0 || output == 0)
        {
            Counters.AddError();
            return;
        }
        Slot.InPort = input;
        Slot.OutPort = output;
    }

    internal void UnregisterIfRemoved(nint client)
    {
        if (!_removed || Slot.InPort == 0)
            return;
        JackNative.jack_port_unregister(client, Slot.InPort);
        JackNative.jack_port_unregister(client, Slot.OutPort);
        Forget();
    }

    internal void Forget()
    {
        Slot.InPort = 0;
        Slot.OutPort = 0;
    }

    /// <summary>Drops this port's wanted connections and makes them again (the peer sees a fresh connect, e.g. a DAW that re-handshakes).</summary>
    public void Reconnect()
    {
        Interlocked.Exchange(ref _reconnect, 1);
        _client.Wake();
    }

    internal void EnsureConnections(nint client, string clientName)
    {
        if (_removed || Slot.InPort == 0)
            return;
        var ourInput = $"{clientName}:{BaseName} in";
        var ourOutput = $"{clientName}:{BaseName} out";
        if (Interlocked.Exchange(ref _reconnect, 0) == 1)
        {
            if (_connectInputFrom is { } from)
            {
                foreach (var other in Resolve(client, from, JackNative.PortIsOutput, clientName))
                    JackNative.jack_disconnect(client, other, ourInput);
            }
            if (_connectOutputTo is { } to)
            {
                foreach (var other in Resolve(client, to, JackNative.PortIsInput, clientName))
                    JackNative.jack_disconnect(client, ourOutput, other);
            }
        }
        if (_connectInputFrom is { } source)
        {
            foreach (var other in Resolve(client, source, JackNative.PortIsOutput, clientName))
                Connect(client, Slot.InPort, other, other, ourInput);
        }
        if (_connectOutputTo is { } destination)
        {
            foreach (var other in Resolve(client, destination, JackNative.PortIsInput, clientName))
                Connect(client, Slot.OutPort, other, ourOutput, other);
        }
    }

    /// <summary>True when a wanted connection is a pattern (<c>*</c>, <c>?</c>) rather than one port name.</summary>
    internal static bool IsPattern(string name) => name.AsSpan().IndexOfAny('*', '?') >= 0;

    // A plain name is used as is; a pattern matches every MIDI port of that direction but our own client's.
    private static IEnumerable<string> Resolve(nint client, string wanted, ulong direction, string clientName)
    {
        if (!IsPattern(wanted))
            return [wanted];
        var matches = new List<string>();
        foreach (var name in JackPortQuery.PortNames(client, direction))
        {
            if (!name.StartsWith(clientName + ":", StringComparison.Ordinal) && PortPattern.IsMatch(wanted, name))
                matches.Add(name);
        }
        return matches;
    }

    private void Connect(nint client, nint ours, string other, string source, string destination)
    {
        if (JackNative.jack_port_by_name(client, other) == 0)
            return; // not there (yet); the registration callback brings us back
        if (JackNative.jack_port_connected_to(ours, other) != 0)
            return;
        var r = JackNative.jack_connect(client, source, destination);
        if (r != 0 && r != JackNative.EExist)
            Counters.AddError();
    }

    /// <summary>Unregisters the port pair from its client.</summary>
    public ValueTask DisposeAsync()
    {
        if (_removed)
            return ValueTask.CompletedTask;
        _removed = true;
        _received.Set();
        _client.RemovePort(this);
        return ValueTask.CompletedTask;
    }
}

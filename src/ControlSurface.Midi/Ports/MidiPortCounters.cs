namespace ControlSurface.Midi.Ports;

/// <summary>Live counters of one MIDI port; updated lock-free by the port's threads.</summary>
public sealed class MidiPortCounters
{
    private long _bytesIn;
    private long _bytesOut;
    private long _droppedIn;
    private long _droppedOut;
    private long _connects;
    private long _errors;

    /// <summary>Bytes received from the device or server.</summary>
    public long BytesIn => Volatile.Read(ref _bytesIn);

    /// <summary>Bytes handed to the device or server.</summary>
    public long BytesOut => Volatile.Read(ref _bytesOut);

    /// <summary>Received bytes lost because the reader fell behind (receive queue full).</summary>
    public long DroppedIn => Volatile.Read(ref _droppedIn);

    /// <summary>Messages not sent: port down, send queue full, or the transport refused them.</summary>
    public long DroppedOut => Volatile.Read(ref _droppedOut);

    /// <summary>Times the port came up (1 after the first open; more after reconnects).</summary>
    public long Connects => Volatile.Read(ref _connects);

    /// <summary>I/O errors seen (each one followed by a reconnect attempt).</summary>
    public long Errors => Volatile.Read(ref _errors);

    internal void AddIn(long bytes) => Interlocked.Add(ref _bytesIn, bytes);

    internal void AddOut(long bytes) => Interlocked.Add(ref _bytesOut, bytes);

    internal void AddDroppedIn(long bytes) => Interlocked.Add(ref _droppedIn, bytes);

    internal void AddDroppedOut() => Interlocked.Increment(ref _droppedOut);

    internal void AddConnect() => Interlocked.Increment(ref _connects);

    internal void AddError() => Interlocked.Increment(ref _errors);

    /// <summary>The counters as a compact JSON object (for status reports).</summary>
    public string ToJson() =>
        $"{{\"bytesIn\":{BytesIn},\"bytesOut\":{BytesOut},\"droppedIn\":{DroppedIn},\"droppedOut\":{DroppedOut},\"connects\":{Connects},\"errors\":{Errors}}}";
}

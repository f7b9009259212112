using System.Diagnostics;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Benchmarks.Mackie;

/// <summary>The bridge's Mackie port, noting when the first pitch bend on a channel is handed to it after <see cref="Arm"/>.</summary>
/// <remarks>Splits the latency in two: pty → engine → target (up to this send) and the JACK hop (send → probe).</remarks>
internal sealed class SendStamps(IMidiPort inner, int channel) : IMidiPort
{
    private int _armed;
    private long _stamp;

    public string Name => inner.Name;

    public bool IsConnected => inner.IsConnected;

    public MidiPortCounters Counters => inner.Counters;

    /// <summary>When the first pitch bend after <see cref="Arm"/> was sent, or 0 while none was.</summary>
    public long Stamp => Volatile.Read(ref _stamp);

    public void Arm()
    {
        Volatile.Write(ref _stamp, 0);
        Volatile.Write(ref _armed, 1);
    }

    public bool Send(ReadOnlySpan<byte> messages)
    {
        if (Volatile.Read(ref _armed) == 1 && messages.Length >= 3 && messages[0] == 0xE0 + channel)
        {
            Volatile.Write(ref _stamp, Stopwatch.GetTimestamp());
            Volatile.Write(ref _armed, 0);
        }
        return inner.Send(messages);
    }

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation) => inner.ReceiveAsync(buffer, cancellation);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}

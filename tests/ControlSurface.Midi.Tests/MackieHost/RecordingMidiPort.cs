using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.Tests.MackieHost;

/// <summary>A port that records every message sent, as hex lines; its link can be taken down and up. Reads are never used.</summary>
public sealed class RecordingMidiPort : IMidiPort
{
    private readonly Lock _gate = new();
    private readonly List<string> _sent = [];

    public string Name => "recording";

    public bool IsConnected { get; set; } = true;

    public MidiPortCounters Counters { get; } = new();

    /// <summary>Messages sent since the last <see cref="Clear"/>, e.g. "E0 7F 7F".</summary>
    public IReadOnlyList<string> Sent
    {
        get
        {
            lock (_gate)
                return [.. _sent];
        }
    }

    public void Clear()
    {
        lock (_gate)
            _sent.Clear();
    }

    public bool Send(ReadOnlySpan<byte> messages)
    {
        lock (_gate)
            _sent.Add(Convert.ToHexString(messages).Chunk(2).Select(c => new string(c)).Aggregate((a, b) => a + " " + b));
        return IsConnected;
    }

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation) =>
        ValueTask.FromCanceled<int>(new CancellationToken(canceled: true));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

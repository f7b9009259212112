using System.Diagnostics;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Benchmarks.Mackie;

/// <summary>A JACK client of its own whose input is fed by the bridge's Mackie output: notes when pitch bends arrive.</summary>
/// <remarks>The stamp is taken when the port's receive returns (after the JACK cycle that delivered it and our pump's wake-up).</remarks>
internal sealed class BendProbe : IAsyncDisposable
{
    private readonly JackMidiClient _client;
    private readonly JackMidiPort _port;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private readonly int _channel;
    private TaskCompletionSource<long> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;
    private long _lastBend;

    public BendProbe(string server, string bridgeOutput, int channel)
    {
        _channel = channel;
        _client = JackMidiClient.Start("cs-latency-probe", new JackClientOptions(server));
        _port = _client.AddPort("probe", connectInputFrom: bridgeOutput);
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>True once our input is connected to the bridge's output.</summary>
    public bool Connected => _port.HasInputConnection;

    /// <summary>When the last pitch bend on the channel arrived (Stopwatch ticks), 0 before any.</summary>
    public long LastBend => Volatile.Read(ref _lastBend);

    /// <summary>Waits for the first pitch bend after this call; returns its stamp.</summary>
    public Task<long> Arm()
    {
        var next = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _next, next);
        Volatile.Write(ref _armed, 1);
        return next.Task;
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[4096];
        var parser = new MidiStreamParser();
        while (!_stop.IsCancellationRequested)
        {
            int n;
            try
            {
                n = await _port.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var sink = new BendSink(_channel);
            parser.Parse(buffer.AsSpan(0, n), ref sink);
            if (!sink.Seen)
                continue;
            var now = Stopwatch.GetTimestamp();
            Volatile.Write(ref _lastBend, now);
            if (Interlocked.Exchange(ref _armed, 0) == 1)
                Volatile.Read(ref _next).TrySetResult(now);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _reader.ConfigureAwait(false);
        await _client.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private struct BendSink(int channel) : IMidiSink
    {
        public bool Seen;

        public void OnMessage(in MidiMessage message) => Seen |= message.Status == 0xE0 + channel;

        public void OnSysEx(in SysExMessage sysEx)
        {
        }

        public void OnError(in MidiError error)
        {
        }
    }
}

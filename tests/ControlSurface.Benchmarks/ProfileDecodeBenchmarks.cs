using BenchmarkDotNet.Attributes;
using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.MackieHost;
using ControlSurface.Midi.Ports;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Benchmarks;

/// <summary>What turning controller bytes into control events costs on top of parsing them.</summary>
/// <remarks>
/// <para>Per message (OperationsPerInvoke = messages in the stream). Baseline: the MIDI parser alone on a
/// nanoKONTROL2's traffic, reading each message's fields. Against it: the same bytes through the
/// nanoKONTROL2 profile (parser + <see cref="ProfileDecoder"/> to <see cref="ControlEvent"/>s), and an MCU's
/// traffic through <see cref="MackieSurface"/>'s receive path (parser + Mackie decoder + the dB value line
/// on every fader move). All three must allocate 0 B per message.</para>
/// <para>Run: <c>dotnet run -c Release --project tests/ControlSurface.Benchmarks -- --filter '*ProfileDecode*' --job short --inProcess</c>.</para>
/// </remarks>
[MemoryDiagnoser]
public class ProfileDecodeBenchmarks
{
    private byte[] _nano = [];
    private byte[] _mackie = [];
    private MidiStreamParser _parser = new();
    private ProfileInput _profile = null!;
    private MackieSurface _surface = null!;
    private long _events;

    [GlobalSetup]
    public void Setup()
    {
        _nano = ControllerTraffic.NanoKontrol2();
        _mackie = ControllerTraffic.Mackie();
        _parser = new MidiStreamParser();
        _profile = new ProfileInput(new ProfileDecoder(BuiltInProfiles.TryGet("nanokontrol2", out var p) ? p : throw new InvalidOperationException()));
        _surface = new MackieSurface("mcu", new NullPort(), e => _events++, TimeProvider.System);
        if (ProfileDecode() == 0 || MackieReceive() == 0)
            throw new InvalidOperationException("no control events decoded");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ControllerTraffic.Messages)]
    public long ParseOnly()
    {
        var sink = new SummingSink();
        _parser.Parse(_nano, ref sink);
        return sink.Sum;
    }

    [Benchmark(OperationsPerInvoke = ControllerTraffic.Messages)]
    public long ProfileDecode()
    {
        var sink = new EventSum();
        _profile.Feed(_nano, ref sink);
        return sink.Sum;
    }

    [Benchmark(OperationsPerInvoke = ControllerTraffic.Messages)]
    public long MackieReceive()
    {
        var before = _events;
        _surface.Receive(_mackie);
        return _events - before;
    }

    private struct EventSum : IControlEventSink
    {
        public long Sum;

        public void OnControl(in ControlEvent controlEvent) => Sum += controlEvent.Control + (long)(controlEvent.Value * 1000);

        public void OnUnclaimed(in MidiMessage message) => Sum--;
    }

    /// <summary>A port that drops what it is given (the value line's LCD writes), so only decoding is measured.</summary>
    private sealed class NullPort : IMidiPort
    {
        public string Name => "null";

        public bool IsConnected => true;

        public MidiPortCounters Counters { get; } = new();

        public bool Send(ReadOnlySpan<byte> messages) => true;

        public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation) => ValueTask.FromResult(0);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

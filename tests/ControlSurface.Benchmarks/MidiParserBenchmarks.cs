using BenchmarkDotNet.Attributes;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Benchmarks;

/// <summary>Our streaming parser against a framer + NAudio's <c>MidiEvent.FromRawMessage</c> on the same byte stream.</summary>
/// <remarks>
/// <para>Results are per message (OperationsPerInvoke = messages in the stream). The baseline is what NAudio offers for
/// a byte stream: it has no live byte-stream parser off Windows (and on Windows MidiIn hands out the packed int that
/// <c>FromRawMessage</c> decodes), so a minimal framer feeds it. The first pair reads the decoded fields on both sides
/// (pitch-bend value, CC value, note and velocity, dispatching on the message kind / event type); the second pair only
/// counts messages, to show the parsers without the consumer's own work.</para>
/// <para>Run (short job, in process; on a loaded machine trust the ratios, not the absolute figures):
/// <c>dotnet run -c Release --project tests/ControlSurface.Benchmarks -- --filter '*MidiParser*' --job short --inProcess</c>.
/// A CPU-time cross-check with interleaved rounds: <c>-- midi-rate</c>.</para>
/// </remarks>
[MemoryDiagnoser]
public class MidiParserBenchmarks
{
    private byte[] _stream = [];
    private int _messages;
    private MidiStreamParser _parser = new();
    private NAudioFramer _framer = new();
    private NAudioFramer _counter = new() { ReadFields = false };

    /// <summary>Which stream: "mixed" (surface traffic with clock and SysEx) or "faders" (running-status pitch bends).</summary>
    [Params("mixed", "faders")]
    public string Stream { get; set; } = "mixed";

    [GlobalSetup]
    public void Setup()
    {
        _stream = Stream == "mixed" ? MidiBenchmarkStreams.Mixed(out _messages) : MidiBenchmarkStreams.Faders(out _messages);
        _parser = new MidiStreamParser();
        _framer = new NAudioFramer();
        _counter = new NAudioFramer { ReadFields = false };
        if (_messages != MidiBenchmarkStreams.Messages || ParseOurs() != _messages)
            throw new InvalidOperationException("the parser disagrees with the generator about the message count");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = MidiBenchmarkStreams.Messages)]
    public long NAudioFromRawMessage() => _framer.Run(_stream);

    [Benchmark(OperationsPerInvoke = MidiBenchmarkStreams.Messages)]
    public long StreamParser()
    {
        var sink = new SummingSink();
        _parser.Parse(_stream, ref sink);
        return sink.Sum;
    }

    [Benchmark(OperationsPerInvoke = MidiBenchmarkStreams.Messages)]
    public long NAudioCountOnly() => _counter.Run(_stream);

    [Benchmark(OperationsPerInvoke = MidiBenchmarkStreams.Messages)]
    public long StreamParserCountOnly()
    {
        var sink = new CountingSink();
        _parser.Parse(_stream, ref sink);
        return sink.Count;
    }

    private int ParseOurs()
    {
        var sink = new SummingSink();
        _parser.Parse(_stream, ref sink);
        return sink.Count;
    }
}

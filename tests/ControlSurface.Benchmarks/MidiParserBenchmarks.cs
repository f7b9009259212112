using BenchmarkDotNet.Attributes;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Benchmarks;

/// <summary>Our streaming parser against a framer + NAudio's <c>MidiEvent.FromRawMessage</c> on the same byte stream.</summary>
/// <remarks>
/// Results are per message (OperationsPerInvoke = messages in the stream). Both sides consume the decoded fields
/// (pitch-bend value, CC value, note and velocity). Run:
/// <c>dotnet run -c Release --project tests/ControlSurface.Benchmarks -- --filter '*MidiParser*' --job short</c>
/// (drop <c>--job short</c> for the full, much slower run).
/// </remarks>
[MemoryDiagnoser]
public class MidiParserBenchmarks
{
    private byte[] _stream = [];
    private int _messages;
    private MidiStreamParser _parser = new();
    private NAudioFramer _framer = new();

    /// <summary>Which stream: "mixed" (surface traffic with clock and SysEx) or "faders" (running-status pitch bends).</summary>
    [Params("mixed", "faders")]
    public string Stream { get; set; } = "mixed";

    [GlobalSetup]
    public void Setup()
    {
        _stream = Stream == "mixed" ? MidiBenchmarkStreams.Mixed(out _messages) : MidiBenchmarkStreams.Faders(out _messages);
        _parser = new MidiStreamParser();
        _framer = new NAudioFramer();
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

    private int ParseOurs()
    {
        var sink = new SummingSink();
        _parser.Parse(_stream, ref sink);
        return sink.Count;
    }

    private struct SummingSink : IMidiSink
    {
        public long Sum;
        public int Count;

        public void OnMessage(in MidiMessage message)
        {
            Count++;
            Sum += message.Kind switch
            {
                MidiMessageKind.PitchBend => message.Value14.Value,
                MidiMessageKind.ControlChange => message.Controller.Value + message.Value.Value,
                MidiMessageKind.NoteOn or MidiMessageKind.NoteOff => message.Note.Value + message.Velocity.Value,
                _ => 1,
            };
        }

        public void OnSysEx(in SysExMessage sysEx)
        {
            Count++;
            Sum += sysEx.Data.Length;
        }

        public void OnError(in MidiError error) => Sum -= 1_000_000;
    }
}

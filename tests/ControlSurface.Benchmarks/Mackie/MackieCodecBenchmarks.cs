using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Mackie;
using NAudio.Midi;

namespace ControlSurface.Benchmarks.Mackie;

/// <summary>The Mackie Control codec, per message, against NAudio doing the same job on the same bytes.</summary>
/// <remarks>
/// <para>Each category has its own baseline, so the Ratio column compares like with like:</para>
/// <list type="bullet">
/// <item>Decode (fader pitch bend, V-Pot, buttons, LCD SysEx): a stream of one kind of message in, fields out. Baseline:
/// a minimal framer feeding NAudio's <see cref="MidiEvent.FromRawMessage"/> (SysEx copied to an array), reading the
/// same fields. Ours: <see cref="MidiStreamParser"/> + <see cref="MackieDecoder"/>.</item>
/// <item>Encode: the same messages written into a buffer. Baseline: NAudio's event/message objects turned into
/// their raw short message (<c>GetAsShortMessage</c>, as NAudio 3 recommends over its obsolete <c>MidiMessage</c>) and written out; for the LCD, the
/// byte[] NAudio's <c>MidiOut.SendBuffer</c> needs. Ours: <see cref="MackieEncoder"/> into a span.</item>
/// </list>
/// <para>Ours must allocate 0 B per message. Run:
/// <c>dotnet run -c Release --project tests/ControlSurface.Benchmarks -- --filter '*MackieCodec*' --job short --inProcess</c>.</para>
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MackieCodecBenchmarks
{
    private const int Short = MackieTraffic.Messages;
    private const int Lcd = MackieTraffic.LcdWrites;
    private readonly MidiStreamParser _parser = new();
    private readonly NAudioFramer _framer = new();
    private readonly byte[] _out = new byte[Lcd * 16];
    private byte[] _faders = [];
    private byte[] _vpots = [];
    private byte[] _buttons = [];
    private byte[] _lcd = [];
    private string[] _cells = [];
    private int[] _offsets = [];

    [GlobalSetup]
    public void Setup()
    {
        _faders = MackieTraffic.Faders();
        _vpots = MackieTraffic.VPots();
        _buttons = MackieTraffic.Buttons();
        _lcd = MackieTraffic.Lcd();
        _cells = [.. Enumerable.Range(0, Lcd).Select(MackieTraffic.Cell)];
        _offsets = [.. Enumerable.Range(0, Lcd).Select(MackieTraffic.Offset)];
        if (FaderDecode() == 0 || LcdDecode() == 0 || NAudioLcdEncode() != LcdEncode())
            throw new InvalidOperationException("the benchmarks do not do the same work");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Short), BenchmarkCategory("fader decode")]
    public long NAudioFaderDecode() => _framer.Run(_faders);

    [Benchmark(OperationsPerInvoke = Short), BenchmarkCategory("fader decode")]
    public long FaderDecode() => Decode(_faders);

    [Benchmark(Baseline = true, OperationsPerInvoke = Short), BenchmarkCategory("v-pot decode")]
    public long NAudioVPotDecode() => _framer.Run(_vpots);

    [Benchmark(OperationsPerInvoke = Short), BenchmarkCategory("v-pot decode")]
    public long VPotDecode() => Decode(_vpots);

    [Benchmark(Baseline = true, OperationsPerInvoke = Short), BenchmarkCategory("button decode")]
    public long NAudioButtonDecode() => _framer.Run(_buttons);

    [Benchmark(OperationsPerInvoke = Short), BenchmarkCategory("button decode")]
    public long ButtonDecode() => Decode(_buttons);

    [Benchmark(Baseline = true, OperationsPerInvoke = Lcd), BenchmarkCategory("lcd decode")]
    public long NAudioLcdDecode() => _framer.Run(_lcd);

    [Benchmark(OperationsPerInvoke = Lcd), BenchmarkCategory("lcd decode")]
    public long LcdDecode() => Decode(_lcd);

    [Benchmark(Baseline = true, OperationsPerInvoke = Short), BenchmarkCategory("fader encode")]
    public long NAudioFaderEncode()
    {
        var n = 0;
        for (var i = 0; i < _faders.Length; i += 3)
            n = Write(n, new PitchWheelChangeEvent(0, (_faders[i] & 0x0F) + 1, _faders[i + 1] | (_faders[i + 2] << 7)).GetAsShortMessage());
        return Checksum(n);
    }

    [Benchmark(OperationsPerInvoke = Short), BenchmarkCategory("fader encode")]
    public long FaderEncode()
    {
        var n = 0;
        var buffer = _out.AsSpan();
        for (var i = 0; i < _faders.Length; i += 3)
            n += MackieEncoder.Fader(buffer[n..], _faders[i] & 0x0F, (_faders[i + 1] | (_faders[i + 2] << 7)) / 16383.0);
        return Checksum(n);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Short), BenchmarkCategory("v-pot encode")]
    public long NAudioVPotEncode()
    {
        var n = 0;
        for (var i = 0; i < _vpots.Length; i += 3)
            n = Write(n, new ControlChangeEvent(0, 1, (MidiController)_vpots[i + 1], _vpots[i + 2]).GetAsShortMessage());
        return Checksum(n);
    }

    [Benchmark(OperationsPerInvoke = Short), BenchmarkCategory("v-pot encode")]
    public long VPotEncode()
    {
        var n = 0;
        var buffer = _out.AsSpan();
        for (var i = 0; i < _vpots.Length; i += 3)
            n += MackieEncoder.VPot(buffer[n..], _vpots[i + 1] - MackieProtocol.VPotBase, MackieDecoder.RelativeSteps(_vpots[i + 2]));
        return Checksum(n);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Short), BenchmarkCategory("button encode")]
    public long NAudioButtonEncode()
    {
        var n = 0;
        for (var i = 0; i < _buttons.Length; i += 3)
            n = Write(n, new NoteOnEvent(0, 1, _buttons[i + 1], _buttons[i + 2], 0).GetAsShortMessage());
        return Checksum(n);
    }

    [Benchmark(OperationsPerInvoke = Short), BenchmarkCategory("button encode")]
    public long ButtonEncode()
    {
        var n = 0;
        var buffer = _out.AsSpan();
        for (var i = 0; i < _buttons.Length; i += 3)
            n += MackieEncoder.Note(buffer[n..], _buttons[i + 1], _buttons[i + 2]);
        return Checksum(n);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lcd), BenchmarkCategory("lcd encode")]
    public long NAudioLcdEncode()
    {
        long sum = 0;
        for (var i = 0; i < _cells.Length; i++)
        {
            // The buffer NAudio's MidiOut.SendBuffer(byte[]) takes: a new array per message.
            var text = _cells[i];
            var message = new byte[8 + text.Length];
            message[0] = 0xF0;
            message[3] = 0x66;
            message[4] = MackieProtocol.ModelMain;
            message[5] = MackieProtocol.LcdWrite;
            message[6] = (byte)_offsets[i];
            Encoding.ASCII.GetBytes(text, message.AsSpan(7));
            message[^1] = 0xF7;
            sum += message.Length + message[7];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lcd), BenchmarkCategory("lcd encode")]
    public long LcdEncode()
    {
        long sum = 0;
        var buffer = _out.AsSpan();
        for (var i = 0; i < _cells.Length; i++)
        {
            var n = MackieEncoder.Lcd(buffer, MackieProtocol.ModelMain, _offsets[i], _cells[i]);
            sum += n + buffer[7];
        }
        return sum;
    }

    private long Decode(byte[] bytes)
    {
        var sink = new MackieDecodeSink();
        _parser.Parse(bytes, ref sink);
        return sink.Sum;
    }

    private int Write(int n, int raw)
    {
        _out[n] = (byte)raw;
        _out[n + 1] = (byte)(raw >> 8);
        _out[n + 2] = (byte)(raw >> 16);
        return n + 3;
    }

    private long Checksum(int n) => n + _out[n - 1] + _out[n / 2];
}

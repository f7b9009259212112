using System.Buffers;
using BenchmarkDotNet.Attributes;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Benchmarks.Firmware;

/// <summary>Firmware frame encode and decode (COBS + CRC-16 + message), per frame. Goal: ≥ 5 M frames/s, 0 B/frame.</summary>
/// <remarks>Run: dotnet run -c Release --project tests/ControlSurface.Benchmarks -- --filter '*FrameCodec*' --job short</remarks>
[MemoryDiagnoser]
public class FrameCodecBenchmarks
{
    private const int Frames = 1024;
    private readonly byte[] _wire = new byte[ProtocolLimits.MaxWireLength];
    private readonly byte[] _frame = new byte[ProtocolLimits.MaxFrameLength];
    private readonly FrameReader _reader = new();
    private byte[] _stream = [];
    private byte[] _oneFrame = [];

    [GlobalSetup]
    public void Setup()
    {
        var writer = new ArrayBufferWriter<byte>();
        for (var i = 0; i < Frames; i++)
            FrameWriter.Write(writer, new FaderReport((byte)(i % 8), (ushort)(i * 7 % 1024), i % 5 == 0), (byte)i);
        _stream = writer.WrittenSpan.ToArray();
        var n = FrameWriter.Encode(new FaderReport(3, 512, true), 1, _wire);
        _oneFrame = _wire.AsSpan(0, n).ToArray();
    }

    /// <summary>One fader report: payload, CRC, COBS, delimiter.</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public int EncodeFaderReport()
    {
        var total = 0;
        for (var i = 0; i < Frames; i++)
            total += FrameWriter.Encode(new FaderReport((byte)(i & 7), (ushort)i, false), (byte)i, _wire);
        return total;
    }

    /// <summary>One fader report out of a 1024-frame stream: find the delimiter, COBS, CRC, parse.</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public int DecodeFaderReportStream()
    {
        var input = new ReadOnlySequence<byte>(_stream);
        var sum = 0;
        while (_reader.Read(ref input, _frame, out var length) == FrameStatus.Ok)
        {
            if (new FrameView(_frame.AsSpan(0, length)).TryRead<FaderReport>(out var report))
                sum += report.Raw;
        }
        return sum;
    }

    /// <summary>Baseline for the decode: the same single frame decoded on its own.</summary>
    [Benchmark(Baseline = true)]
    public int DecodeOneFrame()
    {
        var input = new ReadOnlySequence<byte>(_oneFrame);
        _reader.Read(ref input, _frame, out var length);
        return new FrameView(_frame.AsSpan(0, length)).TryRead<FaderReport>(out var report) ? report.Raw : -1;
    }
}

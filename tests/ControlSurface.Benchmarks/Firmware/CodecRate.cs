using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Benchmarks.Firmware;

/// <summary>Frames per second of CPU time for encode and decode, and bytes allocated per frame, on one thread.</summary>
/// <remarks>
/// CPU time (not wall time) so a shared, loaded machine still gives the single-core figure the goal asks for
/// (≥ 5 M frames/s, 0 B/frame). Run: dotnet run -c Release --project tests/ControlSurface.Benchmarks -- codec-rate
/// </remarks>
internal static class CodecRate
{
    private const int StreamFrames = 4096;

    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var writer = new ArrayBufferWriter<byte>();
        for (var i = 0; i < StreamFrames; i++)
            FrameWriter.Write(writer, new FaderReport((byte)(i % 8), (ushort)(i * 7 % 1024), i % 5 == 0), (byte)i);
        var stream = writer.WrittenSpan.ToArray();
        var wire = new byte[ProtocolLimits.MaxWireLength];
        var frame = new byte[ProtocolLimits.MaxFrameLength];
        var reader = new FrameReader();
        Encode(wire, 100);
        Decode(reader, stream, frame, 100);

        var (encodeCpu, encodeWall, encodeBytes) = Measure(() => Encode(wire, rounds));
        var (decodeCpu, decodeWall, decodeBytes) = Measure(() => Decode(reader, stream, frame, rounds));
        var frames = (double)rounds * StreamFrames;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{frames:N0} fader-report frames ({stream.Length / StreamFrames} bytes on the wire each)"));
        Report("encode", frames, encodeCpu, encodeWall, encodeBytes);
        Report("decode", frames, decodeCpu, decodeWall, decodeBytes);
        return 0;
    }

    private static void Report(string what, double frames, TimeSpan cpu, TimeSpan wall, long bytes) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {frames / cpu.TotalSeconds / 1e6:F1} M frames per CPU-second ({cpu.TotalNanoseconds / frames:F1} ns), {frames / wall.TotalSeconds / 1e6:F1} M/s wall, {bytes / frames:F3} B/frame allocated (goal ≥ 5 M/s, 0 B)"));

    private static (TimeSpan Cpu, TimeSpan Wall, long Bytes) Measure(Action run)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var start = Stopwatch.GetTimestamp();
        run();
        return (Environment.CpuUsage.TotalTime - cpu, Stopwatch.GetElapsedTime(start), GC.GetAllocatedBytesForCurrentThread() - bytes);
    }

    private static void Encode(byte[] wire, int rounds)
    {
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < StreamFrames; i++)
                FrameWriter.Encode(new FaderReport((byte)(i & 7), (ushort)i, false), (byte)i, wire);
        }
    }

    private static void Decode(FrameReader reader, byte[] stream, byte[] frame, int rounds)
    {
        for (var r = 0; r < rounds; r++)
        {
            var input = new ReadOnlySequence<byte>(stream);
            while (reader.Read(ref input, frame, out var length) == FrameStatus.Ok)
            {
                if (!new FrameView(frame.AsSpan(0, length)).TryRead<FaderReport>(out _))
                    throw new InvalidOperationException("bad frame");
            }
        }
    }
}

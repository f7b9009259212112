using System.Diagnostics;
using System.Globalization;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Benchmarks;

/// <summary>A cross-check of <see cref="MidiParserBenchmarks"/> for a loaded machine: the parser and framer + NAudio take
/// turns on the same stream, round after round, timed in process CPU time (time spent descheduled does not count), so
/// both see the same conditions; the figure that matters is the ratio.</summary>
/// <remarks>
/// Warms up by time (tiered JIT and on-stack replacement need about a second), then reports per stream the median
/// ns per message of each side, the median of the per-round ratios and their range, bytes allocated per message, and
/// both sides again when the consumer only counts messages (the parse alone).
/// Run: dotnet run -c Release --project tests/ControlSurface.Benchmarks -- midi-rate [--rounds 9]
/// </remarks>
internal static class MidiRate
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
        foreach (var name in (string[])["mixed", "faders"])
        {
            var stream = name == "mixed" ? MidiBenchmarkStreams.Mixed(out var messages) : MidiBenchmarkStreams.Faders(out messages);
            var parser = new MidiStreamParser();
            var framer = new NAudioFramer();
            if (Ours(parser, stream, 1).Count != messages)
                throw new InvalidOperationException("the parser disagrees with the generator about the message count");
            var warm = Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < 1500)
            {
                Ours(parser, stream, 20);
                Theirs(framer, stream, 5);
            }
            var repeats = Calibrate(parser, stream);
            var ours = new double[rounds];
            var theirs = new double[rounds];
            var ratios = new double[rounds];
            long ourBytes = 0;
            long theirBytes = 0;
            for (var r = 0; r < rounds; r++)
            {
                (ours[r], var a) = Time(() => Ours(parser, stream, repeats).Sum, messages * (long)repeats);
                (theirs[r], var b) = Time(() => Theirs(framer, stream, repeats), messages * (long)repeats);
                ratios[r] = theirs[r] / ours[r];
                ourBytes += a;
                theirBytes += b;
            }
            var floor = new double[rounds];
            var theirFloor = new double[rounds];
            var floorRatios = new double[rounds];
            var counter = new NAudioFramer { ReadFields = false };
            for (var r = 0; r < rounds; r++)
            {
                (floor[r], _) = Time(() => CountOnly(parser, stream, repeats), messages * (long)repeats);
                (theirFloor[r], _) = Time(() => Theirs(counter, stream, repeats), messages * (long)repeats);
                floorRatios[r] = theirFloor[r] / floor[r];
            }
            var total = (double)messages * repeats * rounds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-7} parser {Median(ours),6:F2} ns/msg ({ourBytes / total:F1} B)  framer+NAudio {Median(theirs),6:F2} ns/msg ({theirBytes / total:F1} B)  ratio {Median(ratios):F1}x (rounds {Min(ratios):F1}..{Max(ratios):F1}x)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"",-7} count only: parser {Median(floor),6:F2} ns/msg  framer+NAudio {Median(theirFloor),6:F2} ns/msg  ratio {Median(floorRatios):F1}x (rounds {Min(floorRatios):F1}..{Max(floorRatios):F1}x)"));
        }
        return 0;
    }

    private static int Calibrate(MidiStreamParser parser, byte[] stream)
    {
        var start = Stopwatch.GetTimestamp();
        Ours(parser, stream, 10);
        var per = Stopwatch.GetElapsedTime(start).TotalMilliseconds / 10;
        return Math.Max(1, (int)(100 / Math.Max(per, 0.001))); // ~100 ms of parser work per round
    }

    private static (double NsPerMessage, long Bytes) Time(Func<long> run, long messages)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        GC.KeepAlive(run());
        var elapsed = Environment.CpuUsage.TotalTime - cpu;
        return (elapsed.TotalNanoseconds / messages, GC.GetAllocatedBytesForCurrentThread() - bytes);
    }

    private static SummingSink Ours(MidiStreamParser parser, byte[] stream, int repeats)
    {
        var sink = new SummingSink();
        for (var r = 0; r < repeats; r++)
            parser.Parse(stream, ref sink);
        return sink;
    }

    private static long CountOnly(MidiStreamParser parser, byte[] stream, int repeats)
    {
        var sink = new CountingSink();
        for (var r = 0; r < repeats; r++)
            parser.Parse(stream, ref sink);
        return sink.Count;
    }

    private static long Theirs(NAudioFramer framer, byte[] stream, int repeats)
    {
        long sum = 0;
        for (var r = 0; r < repeats; r++)
            sum += framer.Run(stream);
        return sum;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static double Min(double[] values) => values.Min();

    private static double Max(double[] values) => values.Max();
}

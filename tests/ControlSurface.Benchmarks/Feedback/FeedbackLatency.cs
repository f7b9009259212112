using System.Diagnostics;
using System.Globalization;

namespace ControlSurface.Benchmarks.Feedback;

/// <summary>Per-event latency percentiles, allocation and GC count of the feedback load (custom timing, not BenchmarkDotNet).</summary>
/// <remarks>Run: <c>-- feedback-latency [--seconds 20]</c>. Times every event with <see cref="Stopwatch"/>; simulated time, so it runs as fast as the CPU allows.</remarks>
internal static class FeedbackLatency
{
    public static int Run(string[] args)
    {
        var seconds = args.Length >= 2 && args[0] == "--seconds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        foreach (var (name, make) in new (string, Func<ManualClock, IFeedbackPath>)[]
        {
            ("stage", c => new StagePath(c)),
            ("engine", c => new EnginePath(c)),
        })
        {
            var clock = new ManualClock();
            var load = new FeedbackLoad(clock, make(clock));
            for (var i = 0; i < 3000; i++)
                load.Millisecond();

            var ms = seconds * 1000;
            var timed = new long[ms * FeedbackLoad.EventsPerMs];
            GC.Collect();
            var gen0 = GC.CollectionCount(0);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var heapBefore = GC.GetTotalMemory(false);
            for (var i = 0; i < ms; i++)
                load.Millisecond(timed, i * FeedbackLoad.EventsPerMs);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var heapAfter = GC.GetTotalMemory(false);
            gen0 = GC.CollectionCount(0) - gen0;

            Array.Sort(timed);
            double Us(double q) => timed[(int)Math.Min(timed.Length - 1, q * timed.Length)] * 1e6 / Stopwatch.Frequency;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {timed.Length} events ({seconds} s simulated): p50 {Us(0.5):F2} us, p99 {Us(0.99):F2} us, p99.9 {Us(0.999):F2} us, max {Us(1):F1} us; " +
                $"allocated {allocated} B ({(double)allocated / timed.Length:F3} B/event), gen0 GCs {gen0}, heap {heapBefore / 1024} -> {heapAfter / 1024} KiB"));
        }

        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using ControlSurface.Core.Engine;
using ControlSurface.Firmware.Serial;
using ControlSurface.Firmware.Simulation;

namespace ControlSurface.Benchmarks.Firmware;

/// <summary>Heartbeat round trip host↔simulator over a pty, against a raw 8-byte echo over the same kind of pty. Goal ≤ 1.3×.</summary>
/// <remarks>Run: dotnet run -c Release --project tests/ControlSurface.Benchmarks -- pty-rtt [--count 2000] [--runs 3]</remarks>
internal static class PtyRoundTrip
{
    private const int Warmup = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Arg(args, "--count", 2000);
        var runs = Arg(args, "--runs", 3);
        Console.WriteLine($"pty round trip, {count} timed after {Warmup} warm-up, {runs} runs interleaved (µs)");
        Console.WriteLine("heartbeat = the link's own RTT (request written -> reply dispatched on the host's reader thread, what rttP50Us reports);");
        Console.WriteLine("caller = the same seen by a thread blocked in Link.Ping (one more thread wake-up)");
        Console.WriteLine("run  raw-echo p50   p99 | heartbeat p50   p99 | caller p50   p99 | ratio p50  p99");
        var ratios = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var raw = RawEcho(count);
            var beat = await HeartbeatAsync(count).ConfigureAwait(false);
            var r50 = beat.Link.P50 / raw.P50;
            ratios.Add(r50);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run,3}  {raw.P50,12:F1} {raw.P99,6:F1} | {beat.Link.P50,13:F1} {beat.Link.P99,6:F1} | {beat.Caller.P50,10:F1} {beat.Caller.P99,6:F1} | {r50,9:F2} {beat.Link.P99 / raw.P99,4:F2}"));
        }
        ratios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median p50 ratio heartbeat/raw = {ratios[ratios.Count / 2]:F2} (goal ≤ 1.30)"));
        return 0;
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>8 bytes out through the tty path, echoed by a thread on the master, read back.</summary>
    private static (double P50, double P99) RawEcho(int count)
    {
        using var pty = PseudoTerminal.Open();
        using var client = TtyTransport.Open(pty.SlavePath);
        var echo = new Thread(() =>
        {
            var buffer = new byte[64];
            int n;
            try
            {
                while ((n = pty.Master.Read(buffer)) > 0)
                    pty.Master.Write(buffer.AsSpan(0, n));
            }
            catch (IOException)
            {
                // Closed.
            }
        }) { IsBackground = true };
        echo.Start();
        var message = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        var back = new byte[64];
        var samples = new double[count];
        for (var i = -Warmup; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            client.Write(message);
            for (var got = 0; got < message.Length;)
                got += client.Read(back.AsSpan(got));
            if (i >= 0)
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        pty.Master.Dispose();
        echo.Join();
        return Percentiles(samples);
    }

    /// <summary>Host heartbeat request to the simulated board and its reply, through the shipped Linux path.</summary>
    private static async Task<((double P50, double P99) Link, (double P50, double P99) Caller)> HeartbeatAsync(int count)
    {
        await using var rig = await SimulatedBoardRig.StartAsync(new RigOptions(), static (in EngineInput _) => true, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
        var link = new double[count];
        var caller = new double[count];
        for (var i = -Warmup; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var rtt = rig.Link.Ping(TimeSpan.FromSeconds(1)) ?? throw new InvalidOperationException("heartbeat reply lost");
            var seen = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            if (i < 0)
                continue;
            link[i] = rtt.TotalMicroseconds;
            caller[i] = seen;
        }
        return (Percentiles(link), Percentiles(caller));
    }

    private static (double P50, double P99) Percentiles(double[] samples)
    {
        Array.Sort(samples);
        return (samples[(int)(samples.Length * 0.50)], samples[Math.Min(samples.Length - 1, (int)(samples.Length * 0.99))]);
    }
}

using System.Diagnostics;
using System.Globalization;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Link;
using ControlSurface.Firmware.Serial;
using ControlSurface.Firmware.Simulation;
using ControlSurface.Midi.Mackie;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Benchmarks.Mackie;

/// <summary>Fader frame on the firmware pty → pitch bend out of the bridge's JACK port, over a private JACK dummy server.</summary>
/// <remarks>
/// <para>The whole shipped path: the simulated board writes its fader report on the device end of a real pty; the host
/// link (tty path) decodes it, the engine maps it to strip 1, the Mackie Control target sends the pitch bend to its JACK
/// output; a second JACK client connected to that output reads it. Per move the clock runs from the write of the first
/// fader report with a new value to the probe's receive of the first pitch bend. The fader stays held (no motor
/// feedback); each move waits until the last one has gone quiet, so a bend always belongs to its move.</para>
/// <para>JACK moves MIDI once per cycle, so the figures include up to one period of waiting (5.3 ms at 256 frames, 48 kHz):
/// compare <c>--period 64</c> with 256. Wall-clock figures on a shared machine: report them with the load.</para>
/// <para>Run: <c>dotnet run -c Release --project tests/ControlSurface.Benchmarks -- mackie-latency [--moves 2000] [--period 256]</c>.</para>
/// </remarks>
internal static class MackieLatency
{
    private const int Fader = 0;
    private const int Warmup = 100;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        var moves = Arg(args, "--moves", 2000);
        var period = Arg(args, "--period", 256);
        if (!PrivateJackServer.Installed)
        {
            Console.Error.WriteLine("mackie-latency: jackd is not installed (scripts/setup.d/40-jack-ardour.sh installs it)");
            return 2;
        }
        using var jack = PrivateJackServer.Start(period);
        using var stop = new CancellationTokenSource();
        var engine = new BridgeEngine(new EngineOptions { StripCount = 8 }, TimeProvider.System);
        await using var bridge = JackMidiClient.Start("cs-latency-bridge", new JackClientOptions(jack.Name));
        var mcu = new SendStamps(bridge.AddPort("mcu"), Fader);
        await using var target = new MackieControlTarget([mcu]);
        target.Attach(input => engine.Post(input), engine.AddTarget(target));
        target.Start();
        await using var probe = new BendProbe(jack.Name, "cs-latency-bridge:mcu out", Fader);
        var dir = Directory.CreateTempSubdirectory("cs-mackie-latency-");
        try
        {
            var path = Path.Combine(dir.FullName, "ttyBoard");
            var options = new SimulatorOptions("SIM-LATENCY", Faders: 8, Pads: 16, Buttons: StandardBoard.ButtonCount(8), Encoders: 8);
            var simulator = new BoardSimulator(options, TimeProvider.System);
            await using var board = new SimulatedBoard(simulator, TimeProvider.System);
            using var pty = PseudoTerminal.Open(path);
            var frames = new FaderFrameStamps(pty.Master, Fader);
            board.Connect(frames);
            var layout = new SurfaceLayout(8, MotorizedFaders: true, TouchSensing: true, 16, options.Buttons, 8, options.DisplayLines, options.DisplayCharacters);
            var surface = new FirmwareSurface(layout, engine.Post, options.Serial);
            var roster = new DeviceRoster();
            roster.Add(surface);
            await using var link = new SerialLink(path, roster, TimeProvider.System, new FirmwareLinkOptions { Open = SerialPaths.Opener("tty") });
            surface.Index = engine.AddSurface(surface, StandardBoard.Mapping(8, 16, 8), "board");
            var run = engine.RunAsync(stop.Token);
            var resynced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            link.Resynced += _ => resynced.TrySetResult();
            board.Start();
            link.Start();
            await resynced.Task.WaitAsync(Bound).ConfigureAwait(false);
            engine.Post(EngineInput.SurfaceStatus(surface.Index, true, "{}"));
            await Until(() => probe.Connected, "the probe's JACK connection").ConfigureAwait(false);
            simulator.Touch(Fader);

            var samples = new List<double>(moves);
            var bridgeSide = new List<double>(moves);
            var (gcs, pause) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
            var (lost, noFrame, early) = (0, 0, 0);
            for (var i = -Warmup; i < moves; i++)
            {
                await QuietAsync(simulator, probe).ConfigureAwait(false);
                frames.Arm();
                mcu.Arm();
                var bend = probe.Arm();
                simulator.Move(Fader, i % 2 == 0 ? 0.45 : 0.55, speed: 20);
                long bendAt;
                try
                {
                    bendAt = await bend.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    lost += i >= 0 ? 1 : 0;
                    continue;
                }
                var frameAt = frames.Stamp;
                if (frameAt == 0 || bendAt < frameAt)
                {
                    noFrame += i >= 0 && frameAt == 0 ? 1 : 0;
                    early += i >= 0 && frameAt != 0 ? 1 : 0;
                }
                else if (i >= 0)
                {
                    samples.Add(Stopwatch.GetElapsedTime(frameAt, bendAt).TotalMicroseconds);
                    var sentAt = mcu.Stamp;
                    if (sentAt >= frameAt && sentAt <= bendAt)
                        bridgeSide.Add(Stopwatch.GetElapsedTime(frameAt, sentAt).TotalMicroseconds);
                }
            }
            await stop.CancelAsync().ConfigureAwait(false);
            await run.ConfigureAwait(false);
            Report(samples, bridgeSide, $"{lost} without a bend in 2 s, {noFrame} with a bend but no new fader report, {early} with the bend first", period);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GC during the timed moves (whole process, probe and harness included): {GC.CollectionCount(0) - gcs} gen0 collections, {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F1} ms paused"));
            return samples.Count > 0 ? 0 : 1;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // The previous move is over: the knob has stopped and no pitch bend came for 20 ms (bounded).
    private static async Task QuietAsync(BoardSimulator simulator, BendProbe probe)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Bound.TotalSeconds * Stopwatch.Frequency);
        while (simulator.FaderMoving(Fader) || Stopwatch.GetElapsedTime(probe.LastBend).TotalMilliseconds < 20)
        {
            if (Stopwatch.GetTimestamp() > deadline)
                throw new TimeoutException("the fader never went quiet");
            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Bound.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
                throw new TimeoutException($"not within {Bound.TotalSeconds:0} s: {what}");
            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    private static void Report(List<double> samples, List<double> bridgeSide, string unmatched, int period)
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mackie-latency: fader frame written on the pty -> pitch bend read from the bridge's JACK output, {samples.Count} moves after {Warmup} warm-up; unmatched: {unmatched}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"JACK dummy 48 kHz, period {period} frames = {period / 48.0:F2} ms; load {load}"));
        Line("frame -> bend out of JACK", samples);
        Line("frame -> bend sent to the JACK port (pty, link, engine, target)", bridgeSide);
    }

    private static void Line(string what, List<double> samples)
    {
        if (samples.Count == 0)
            return;
        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)(samples.Count * q))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: µs  min {samples[0]:F0}  p50 {At(0.50):F0}  p90 {At(0.90):F0}  p99 {At(0.99):F0}  max {samples[^1]:F0}  (n={samples.Count})"));
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

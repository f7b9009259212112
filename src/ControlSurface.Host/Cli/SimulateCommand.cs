using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using ControlSurface.Firmware.Serial;
using ControlSurface.Firmware.Simulation;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface simulate --port PATH`: a simulated controller board in the device role on a serial port.</summary>
/// <remarks>A path under /dev is opened as a real serial device (a null-modem cable to the host); any other path
/// becomes a symlink to a fresh pseudo-terminal that a host opens like a board's port.</remarks>
internal sealed class SimulateCommand : ICommand, IHasFlags
{
    public string Name => "simulate";

    public string Summary => "run a simulated board (motor faders, pads, buttons, encoders) on a serial port";

    public IReadOnlyCollection<string> Flags { get; } = ["json", "hand", "ignore-touch"];

    public string Help => """
        Usage: controlsurface simulate --port PATH [--faders 8] [--pads 16] [--buttons 32] [--encoders 8]
                                       [--serial SIM-0001] [--bits 10] [--noise 2] [--hand] [--ignore-touch]
                                       [--faults P] [--seed N] [--seconds N] [--json]

        Runs a simulated controller board speaking the firmware protocol (firmware-protocol/PROTOCOL.md):
        motor faders with a 1 kHz PID loop, inertia, touch sensing and ADC noise; velocity pads;
        buttons with LEDs; encoders with rings; text displays and meters. Point a host at PATH.

        Options:
          --port PATH       a path under /dev is opened as a serial device; any other path becomes a
                            symlink to a new pseudo-terminal (removed again on exit)
          --faders N        motor faders, 0..64 (default 8); --pads N 0..128 (16); --buttons N 0..128 (32);
                            --encoders N 0..64 (8)
          --serial ID       the identity announced in HELLO (default SIM-0001)
          --bits N          fader ADC resolution, 7..16 bits (default 10); --noise N  ADC noise in LSB (2)
          --hand            a scripted hand plays the board: fader moves, pad hits, clicks, turns
          --ignore-touch    the firmware drives touched faders anyway (to see a host fight the hand)
          --faults P        damage P of the frames sent (bit flips, dropped bytes, dropped frames), 0..0.5
          --seed N          seed for noise and faults (default 1)
          --seconds N       stop after N seconds (default: until Ctrl+C)
          --json            print one JSON summary at the end
        """;

    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        var port = args.Option("port") ?? throw new UsageException("--port PATH is required");
        var seed = args.Int("seed", 1);
        var options = new SimulatorOptions(
            Serial: args.Option("serial") ?? "SIM-0001",
            Faders: args.Int("faders", 8, 0, 64),
            Pads: args.Int("pads", 16, 0, 128),
            Buttons: args.Int("buttons", 32, 0, 128),
            Encoders: args.Int("encoders", 8, 0, 64),
            FaderBits: args.Int("bits", 10, 7, 16),
            NoiseLsb: args.Int("noise", 2, 0, 64),
            Seed: seed,
            IgnoreTouch: args.Flag("ignore-touch"));
        var faults = args.Number("faults", 0, 0, 0.5);
        var seconds = args.Number("seconds", 0, 0, 365 * 24 * 3600);
        var hand = args.Flag("hand");
        var json = args.Flag("json");
        args.ThrowOnUnknown();
        if (args.Positionals.Count > 0)
            throw new UsageException($"unexpected argument '{args.Positionals[0]}'");
        if (options.Serial.Length is < 1 or > 32 || options.Serial.Any(c => c is <= ' ' or > '~'))
            throw new UsageException($"--serial must be 1-32 printable characters without spaces, got '{options.Serial}'");

        var sim = new BoardSimulator(options, context.Time);
        var (device, pty) = Open(port);
        if (faults > 0)
            device = new FaultInjector(device, new FaultRates(faults, faults, faults), seed);
        await using var board = new SimulatedBoard(sim, context.Time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        try
        {
            board.Connect(device);
            board.Start();
            if (!json)
            {
                var via = pty is null ? "serial device" : $"pty {pty.SlavePath}";
                await context.Out.WriteLineAsync(
                    $"simulate: board {options.Serial} ({options.Faders} faders, {options.Pads} pads, {options.Buttons} buttons, {options.Encoders} encoders) on {port} ({via}); Ctrl+C stops").ConfigureAwait(false);
            }
            var handTask = hand ? new SimulatedHandScript(sim).RunAsync(context.Time, stop.Token) : Task.CompletedTask;
            try
            {
                if (seconds > 0)
                    await Task.Delay(TimeSpan.FromSeconds(seconds), context.Time, stop.Token).ConfigureAwait(false);
                else
                    await Task.Delay(Timeout.InfiniteTimeSpan, context.Time, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C, SIGTERM or the caller: stop normally.
            }
            await stop.CancelAsync().ConfigureAwait(false);
            await handTask.ConfigureAwait(false);
            await context.Out.WriteLineAsync(json ? SummaryJson(sim, port) : SummaryText(sim)).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
            board.Disconnect();
            pty?.Dispose();
        }
    }

    private static (ISerialTransport Device, PseudoTerminal? Pty) Open(string port)
    {
        try
        {
            if (port.StartsWith("/dev/", StringComparison.Ordinal))
                return (SerialPaths.OpenDefault(port), null);
            var full = Path.GetFullPath(port);
            if (Path.GetDirectoryName(full) is { } dir && !Directory.Exists(dir))
                throw new UsageException($"--port {port}: directory {dir} does not exist");
            var info = new FileInfo(full);
            if (info.Exists && info.LinkTarget is null)
                throw new UsageException($"--port {port}: a file is in the way (give a new path, or a device under /dev)");
            var pty = PseudoTerminal.Open(full);
            return (pty.Master, pty);
        }
        catch (IOException e)
        {
            throw new UsageException($"--port {port}: {e.Message}");
        }
    }

    private static string SummaryText(BoardSimulator sim)
    {
        var c = sim.Counters;
        return string.Create(CultureInfo.InvariantCulture,
            $"simulate: {c.FramesIn} frames in, {c.FramesOut} out, {c.BadFrames} bad, {c.Sessions} sessions, {c.Timeouts} timeouts, {sim.EventRetransmissions} event retransmissions");
    }

    private static string SummaryJson(BoardSimulator sim, string port)
    {
        var c = sim.Counters;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("serial", sim.Options.Serial);
            json.WriteString("port", port);
            json.WriteNumber("framesIn", c.FramesIn);
            json.WriteNumber("framesOut", c.FramesOut);
            json.WriteNumber("badFrames", c.BadFrames);
            json.WriteNumber("errorsSent", c.ErrorsSent);
            json.WriteNumber("sessions", c.Sessions);
            json.WriteNumber("timeouts", c.Timeouts);
            json.WriteNumber("eventRetransmissions", sim.EventRetransmissions);
            json.WriteNumber("eventsDropped", sim.EventsDropped);
            json.WriteStartArray("pushWhileHeldMs");
            for (var f = 0; f < sim.Options.Faders; f++)
                json.WriteNumberValue(Math.Round(sim.PushWhileHeld(f).TotalMilliseconds, 1));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

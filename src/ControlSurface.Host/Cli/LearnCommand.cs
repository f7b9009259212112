using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Ports;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Host.Cli;

/// <summary>`controlsurface learn --port NAME | --from FILE|-`: prints what each touched control sends and a profile entry for it.</summary>
internal sealed class LearnCommand : ICommand
{
    public string Name => "learn";

    public string Summary => "touch a controller's controls and get ready-to-paste profile entries";

    public string Help => """
        Usage: controlsurface learn --port PATH [--baud N] [--seconds N] | --from FILE|-

        Listens to a MIDI controller and, for every control you touch, prints what it sends and a
        profile entry for it (updated when more movement sharpens the guess: fader, knob encoding,
        pad or button). Paste the entries under 'controls:' of a profile (see Profiles/README.md).

        Options:
          --port PATH     an ALSA rawmidi device (/dev/snd/midiC1D0) or a serial MIDI port (/dev/ttyUSB0)
          --baud N        serial speed (default 31250)
          --seconds N     stop after N seconds (default: until Ctrl+C)
          --from FILE|-   read captured bytes from a file or standard input instead of a port
        """;

    public async Task<int> RunAsync(CommandArgs args, CommandContext context, CancellationToken cancellation)
    {
        var port = args.Option("port");
        var from = args.Option("from");
        var baud = args.Int("baud", 31250, 300, 4_000_000);
        var seconds = args.Number("seconds", 0, 0, 86_400);
        args.ThrowOnUnknown();
        if ((port is null) == (from is null))
            throw new UsageException("give either --port PATH or --from FILE|-");
        var printer = new Printer(new ControlLearner(), context.Out);
        var parser = new MidiStreamParser();
        var buffer = new byte[1024];
        if (from is not null)
        {
            await using var stream = from == "-" ? context.OpenStandardInput()
                : File.Exists(from) ? File.OpenRead(from) : throw new UsageException($"{from}: no such file");
            int n;
            while ((n = await stream.ReadAsync(buffer, cancellation).ConfigureAwait(false)) > 0)
                parser.Parse(buffer.AsSpan(0, n), ref printer);
        }
        else
        {
            await using var midi = port!.StartsWith("/dev/snd/", StringComparison.Ordinal) ? FdMidiPort.OpenRawMidi(port) : FdMidiPort.OpenSerial(port, baud);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            if (seconds > 0)
                stop.CancelAfter(TimeSpan.FromSeconds(seconds));
            await context.Out.WriteLineAsync($"listening on {midi.Name}; touch each control (Ctrl+C to stop)").ConfigureAwait(false);
            try
            {
                while (true)
                {
                    var n = await midi.ReceiveAsync(buffer, stop.Token).ConfigureAwait(false);
                    parser.Parse(buffer.AsSpan(0, n), ref printer);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Time is up or Ctrl+C.
            }
        }
        await context.Out.WriteLineAsync("controls:").ConfigureAwait(false);
        foreach (var c in printer.Learner.Controls)
            await context.Out.WriteLineAsync("  " + c.Entry).ConfigureAwait(false);
        return 0;
    }

    private readonly struct Printer(ControlLearner learner, TextWriter output) : IMidiSink
    {
        public ControlLearner Learner => learner;

        public void OnMessage(in MidiMessage message)
        {
            if (learner.Observe(message) is { } c)
                output.WriteLine($"{c.Source}: {message} (values {c.Min}..{c.Max}, {c.Messages} messages)  {c.Entry}");
        }

        public void OnSysEx(in SysExMessage sysEx) => output.WriteLine($"sysex, {sysEx.Data.Length} bytes (not a control)");

        public void OnError(in MidiError error) => output.WriteLine($"stream problem at byte {error.Offset}: {error.Kind}");
    }
}

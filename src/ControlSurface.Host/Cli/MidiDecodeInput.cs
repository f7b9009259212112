using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Monitor;

namespace ControlSurface.Host.Cli;

/// <summary>`decode --midi FILE|-`: a raw MIDI 1.0 byte stream, through <see cref="MidiStreamDecoder"/>.</summary>
internal sealed class MidiDecodeInput : IDecodeInput
{
    /// <summary>Default SysEx limit, as the issue asks.</summary>
    public const int DefaultMaxSysEx = 65536;

    /// <summary>Upper bound for --max-sysex: the buffer grows to it on a long SysEx, so keep it sane.</summary>
    public const int MaxMaxSysEx = 1 << 28;

    public string Option => "midi";

    public string Usage => "--midi FILE|- [--max-sysex N]";

    public string Help => $"""
          --midi FILE|-     raw MIDI 1.0 bytes: running status, real-time anywhere, SysEx
            --max-sysex N   longest SysEx body in bytes, 1..{MaxMaxSysEx} (default {DefaultMaxSysEx});
                            longer ones are reported as sysex-overflow and skipped
        """;

    public Func<Stream, TextWriter, CancellationToken, Task> Prepare(CommandArgs args, bool json)
    {
        var maxSysEx = args.Int("max-sysex", DefaultMaxSysEx, 1, MaxMaxSysEx);
        var options = new MidiParserOptions { MaxSysExLength = maxSysEx };
        var format = json ? MidiOutputFormat.JsonLines : MidiOutputFormat.Monitor;
        return (input, output, cancellation) => new MidiStreamDecoder(options, format).DecodeAsync(input, output, cancellation);
    }
}

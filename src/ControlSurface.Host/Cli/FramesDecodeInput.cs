using ControlSurface.Firmware.Protocol;

namespace ControlSurface.Host.Cli;

/// <summary>`decode --frames FILE|-`: a captured firmware-link byte stream (COBS frames with CRC-16), through <see cref="FramesDecoder"/>.</summary>
internal sealed class FramesDecodeInput : IDecodeInput
{
    public string Option => "frames";

    public string Usage => "--frames FILE|-";

    public string Help => """
          --frames FILE|-   firmware-link bytes (firmware-protocol/PROTOCOL.md): one line per frame, or per
                            error with its byte offset (crc-error, cobs-error, too-short, oversize,
                            unknown-type, bad-payload, truncated); JSON as in firmware-protocol/vectors
        """;

    public Func<Stream, TextWriter, CancellationToken, Task> Prepare(CommandArgs args, bool json) =>
        (input, output, cancellation) => new FramesDecoder().DecodeAsync(input, output, json, cancellation);
}

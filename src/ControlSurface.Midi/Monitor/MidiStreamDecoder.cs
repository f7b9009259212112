using System.Buffers;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Monitor;

/// <summary>Decodes a whole raw MIDI byte stream (a file, a pipe) into text lines: the engine of `decode --midi`.</summary>
/// <remarks>
/// Reads the input in blocks and writes the lines for each block in one call, so output to a console or pipe costs a
/// few writes per 4 KiB of MIDI, not one per message. At the end of input, a message still waiting for data is
/// reported truncated and an open SysEx is delivered incomplete. One instance per run.
/// </remarks>
public sealed class MidiStreamDecoder
{
    private const int BlockSize = 4096;

    private readonly MidiStreamParser _parser;
    private MidiLineSink _sink;

    /// <summary>Creates a decoder.</summary>
    /// <param name="options">Parser limits (SysEx length and overflow policy).</param>
    /// <param name="format">Readable lines or JSON lines.</param>
    public MidiStreamDecoder(MidiParserOptions options, MidiOutputFormat format)
    {
        _parser = new MidiStreamParser(options);
        _sink = new MidiLineSink(new ArrayBufferWriter<char>(16 * BlockSize), format);
    }

    /// <summary>Reads <paramref name="input"/> to its end and writes one line per result to <paramref name="output"/>.</summary>
    /// <exception cref="IOException">When reading or writing fails.</exception>
    public async Task<MidiDecodeSummary> DecodeAsync(Stream input, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var block = new byte[BlockSize];
        int read;
        while ((read = await input.ReadAsync(block, cancellation).ConfigureAwait(false)) > 0)
        {
            _parser.Parse(block.AsSpan(0, read), ref _sink);
            await FlushAsync(output, cancellation).ConfigureAwait(false);
        }
        var bytes = _parser.Offset;
        _parser.Complete(ref _sink);
        await FlushAsync(output, cancellation).ConfigureAwait(false);
        await output.FlushAsync(cancellation).ConfigureAwait(false);
        return new MidiDecodeSummary(bytes, _sink.Messages, _sink.SysEx, _sink.Errors);
    }

    private async Task FlushAsync(TextWriter output, CancellationToken cancellation)
    {
        if (_sink.Buffer.WrittenCount == 0)
            return;
        await output.WriteAsync(_sink.Buffer.WrittenMemory, cancellation).ConfigureAwait(false);
        _sink.Buffer.ResetWrittenCount();
    }
}

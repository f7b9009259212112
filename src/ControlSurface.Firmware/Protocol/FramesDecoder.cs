using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol;

/// <summary>Decodes a captured firmware-link byte stream into one JSON object per frame or error (JSON Lines).</summary>
/// <remarks>Reads through a <see cref="PipeReader"/>, so frames split across reads and buffer segments are handled as on a live link.</remarks>
public sealed class FramesDecoder
{
    /// <summary>Good frames of known types seen by the last run.</summary>
    public long Frames { get; private set; }

    /// <summary>Framing errors, unknown types and malformed payloads seen by the last run.</summary>
    public long Errors { get; private set; }

    /// <summary>Decodes <paramref name="input"/> to the end, writing one JSON object per line to <paramref name="output"/>.</summary>
    public async Task DecodeAsync(Stream input, Stream output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        Frames = 0;
        Errors = 0;
        var pipe = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 4096, leaveOpen: true));
        var reader = new FrameReader();
        var scratch = new byte[ProtocolLimits.MaxFrameLength];
        var lines = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(lines);
        while (true)
        {
            var result = await pipe.ReadAsync(cancellation).ConfigureAwait(false);
            var buffer = result.Buffer;
            Drain(reader, ref buffer, scratch, json, lines);
            if (result.IsCompleted && (!buffer.IsEmpty || reader.PendingDiscard > 0))
            {
                Errors++;
                var offset = reader.PendingDiscard > 0 ? reader.PendingDiscardOffset : reader.BytesConsumed;
                FrameJson.WriteTruncated(json, offset, reader.PendingDiscard + buffer.Length);
                EndLine(json, lines);
                buffer = buffer.Slice(buffer.End);
            }
            pipe.AdvanceTo(buffer.Start, buffer.End);
            await output.WriteAsync(lines.WrittenMemory, cancellation).ConfigureAwait(false);
            lines.Clear();
            if (result.IsCompleted)
                break;
        }
        await pipe.CompleteAsync().ConfigureAwait(false);
        await output.FlushAsync(cancellation).ConfigureAwait(false);
    }

    private void Drain(FrameReader reader, ref ReadOnlySequence<byte> buffer, byte[] scratch, Utf8JsonWriter json, ArrayBufferWriter<byte> lines)
    {
        FrameStatus status;
        while ((status = reader.Read(ref buffer, scratch, out var length)) != FrameStatus.NeedMoreData)
        {
            if (status == FrameStatus.Ok)
            {
                if (FrameJson.WriteFrame(json, reader.FrameOffset, new FrameView(scratch.AsSpan(0, length))))
                    Frames++;
                else
                    Errors++;
            }
            else
            {
                Errors++;
                FrameJson.WriteError(json, reader.FrameOffset, status, reader.BytesConsumed - reader.FrameOffset);
            }
            EndLine(json, lines);
        }
    }

    private static void EndLine(Utf8JsonWriter json, ArrayBufferWriter<byte> lines)
    {
        json.Flush();
        json.Reset();
        lines.Write("\n"u8);
    }
}

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
    public Task DecodeAsync(Stream input, Stream output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(output);
        return DecodeAsync(input, async (lines, c) => await output.WriteAsync(lines, c).ConfigureAwait(false), output.FlushAsync, cancellation);
    }

    /// <summary>Decodes <paramref name="input"/> to the end, one line per frame or error: JSON, or readable text such as
    /// <c>@12 ok Fader seq=8 fader=2 raw=1023 touched=true</c>.</summary>
    public Task DecodeAsync(Stream input, TextWriter output, bool json, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(output);
        return DecodeAsync(
            input,
            async (lines, c) =>
            {
                var text = System.Text.Encoding.UTF8.GetString(lines.Span);
                await output.WriteAsync(json ? text : Readable(text)).ConfigureAwait(false);
            },
            c => output.FlushAsync(c),
            cancellation);
    }

    /// <summary>Turns JSON lines into "@offset status type key=value..." lines.</summary>
    public static string Readable(string jsonLines)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        var text = new System.Text.StringBuilder();
        foreach (var line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            text.Append('@').Append(root.GetProperty("offset").GetRawText()).Append(' ').Append(root.GetProperty("status").GetString());
            if (root.TryGetProperty("type", out var type))
                text.Append(' ').Append(type.GetString());
            foreach (var p in root.EnumerateObject())
            {
                if (p.Name is "offset" or "status" or "type")
                    continue;
                text.Append(' ').Append(p.Name).Append('=').Append(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText());
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private async Task DecodeAsync(Stream input, Func<ReadOnlyMemory<byte>, CancellationToken, Task> emit, Func<CancellationToken, Task> flush, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(input);
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
            if (lines.WrittenCount > 0)
                await emit(lines.WrittenMemory, cancellation).ConfigureAwait(false);
            lines.Clear();
            if (result.IsCompleted)
                break;
        }
        await pipe.CompleteAsync().ConfigureAwait(false);
        await flush(cancellation).ConfigureAwait(false);
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

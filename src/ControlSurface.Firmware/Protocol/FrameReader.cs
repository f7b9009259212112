using System.Buffers;

namespace ControlSurface.Firmware.Protocol;

/// <summary>Finds, decodes and checks frames in a byte stream: a pure function over <see cref="ReadOnlySequence{T}"/>.</summary>
/// <remarks>
/// Call <see cref="Read"/> until it returns <see cref="FrameStatus.NeedMoreData"/>; it advances the input past every
/// delimiter it consumed, so the caller keeps the rest (the PipeReader pattern: consumed = the new start,
/// examined = the end). Bad frames are reported once and skipped; reading resumes at the next 0x00.
/// Empty frames (two delimiters in a row) are skipped silently. Not thread-safe; one reader per stream.
/// </remarks>
public sealed class FrameReader
{
    private bool _discarding;
    private long _discardStart;

    /// <summary>Stream bytes consumed so far (delimiters included).</summary>
    public long BytesConsumed { get; private set; }

    /// <summary>Stream offset of the first byte of the frame last reported (good or bad).</summary>
    public long FrameOffset { get; private set; }

    /// <summary>Bytes of an unfinished oversize frame dropped so far (its delimiter has not arrived), or 0.</summary>
    public long PendingDiscard => _discarding ? BytesConsumed - _discardStart : 0;

    /// <summary>Stream offset where the unfinished oversize frame began; meaningful when <see cref="PendingDiscard"/> is not 0.</summary>
    public long PendingDiscardOffset => _discardStart;

    /// <summary>Forgets a partial oversize frame (after a reconnect) and restarts offsets at zero.</summary>
    public void Reset()
    {
        _discarding = false;
        BytesConsumed = 0;
        FrameOffset = 0;
    }

    /// <summary>Reads the next frame from <paramref name="input"/>.</summary>
    /// <param name="input">Unconsumed stream bytes; advanced past what was consumed.</param>
    /// <param name="frame">Scratch for the decoded frame, at least <see cref="ProtocolLimits.MaxFrameLength"/> bytes.</param>
    /// <param name="length">On <see cref="FrameStatus.Ok"/>, the length of header plus payload in <paramref name="frame"/>.</param>
    public FrameStatus Read(ref ReadOnlySequence<byte> input, Span<byte> frame, out int length)
    {
        length = 0;
        while (true)
        {
            if (input.IsSingleSegment && !_discarding)
            {
                // Fast path (the common case on a live link): one span, no sequence positions.
                var span = input.FirstSpan;
                var at = span.IndexOf((byte)0);
                if (at < 0)
                {
                    if (span.Length <= ProtocolLimits.MaxEncodedLength)
                        return FrameStatus.NeedMoreData;
                }
                else
                {
                    var frameStart = BytesConsumed;
                    BytesConsumed += at + 1;
                    input = input.Slice(at + 1);
                    if (at == 0)
                        continue;
                    FrameOffset = frameStart;
                    if (at > ProtocolLimits.MaxEncodedLength)
                        return FrameStatus.Oversize;
                    return Decode(span[..at], frame, out length);
                }
            }
            var delimiter = input.PositionOf((byte)0);
            if (delimiter is null)
            {
                if (!_discarding && input.Length > ProtocolLimits.MaxEncodedLength)
                {
                    // Too long to be a frame: drop it now, report it once its delimiter shows the full size.
                    _discarding = true;
                    _discardStart = BytesConsumed;
                }
                if (_discarding)
                {
                    BytesConsumed += input.Length;
                    input = input.Slice(input.End);
                }
                return FrameStatus.NeedMoreData;
            }
            var encoded = input.Slice(0, delimiter.Value);
            var start = _discarding ? _discardStart : BytesConsumed;
            BytesConsumed += encoded.Length + 1;
            input = input.Slice(input.GetPosition(1, delimiter.Value));
            if (_discarding)
            {
                _discarding = false;
                FrameOffset = start;
                return FrameStatus.Oversize;
            }
            if (encoded.Length == 0)
                continue;
            FrameOffset = start;
            if (encoded.Length > ProtocolLimits.MaxEncodedLength)
                return FrameStatus.Oversize;
            return Decode(encoded, frame, out length);
        }
    }

    private static FrameStatus Decode(in ReadOnlySequence<byte> encoded, Span<byte> frame, out int length)
    {
        if (encoded.IsSingleSegment)
            return Decode(encoded.FirstSpan, frame, out length);
        Span<byte> joined = stackalloc byte[ProtocolLimits.MaxEncodedLength];
        encoded.CopyTo(joined);
        return Decode(joined[..(int)encoded.Length], frame, out length);
    }

    private static FrameStatus Decode(ReadOnlySpan<byte> source, Span<byte> frame, out int length)
    {
        length = 0;
        if (!Cobs.TryDecode(source, frame, out var decoded, out _))
            return FrameStatus.CobsError;
        if (decoded < ProtocolLimits.MinFrameLength)
            return FrameStatus.TooShort;
        if (Crc16.Compute(frame[..decoded]) != 0)
            return FrameStatus.CrcError;
        length = decoded - ProtocolLimits.CrcLength;
        return FrameStatus.Ok;
    }
}

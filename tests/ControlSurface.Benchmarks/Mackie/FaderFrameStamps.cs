using System.Buffers;
using System.Diagnostics;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;
using ControlSurface.Firmware.Serial;

namespace ControlSurface.Benchmarks.Mackie;

/// <summary>The simulated board's end of the pty, noting when the first fader report of a move is written.</summary>
/// <remarks>
/// Wraps the pty master the board writes to. Each write is scanned for firmware frames; once <see cref="Arm"/> was
/// called, the first <see cref="FaderReport"/> for the watched fader with a new value (not a periodic refresh) stamps the time just before its bytes go into the
/// pty (<see cref="Stopwatch"/> ticks). Writes come from the board's loop and reader threads, one at a time.
/// </remarks>
internal sealed class FaderFrameStamps(ISerialTransport inner, int fader) : ISerialTransport
{
    private readonly FrameReader _reader = new();
    private readonly byte[] _frame = new byte[ProtocolLimits.MaxFrameLength];
    private readonly byte[] _pending = new byte[4096];
    private int _pendingLength;
    private int _armed;
    private long _stamp;
    private int _lastRaw = -1;

    public string Path => inner.Path;

    /// <summary>Watch for the next fader report (and forget the last stamp).</summary>
    public void Arm()
    {
        Volatile.Write(ref _stamp, 0);
        Volatile.Write(ref _armed, 1);
    }

    /// <summary>When the first fader report after <see cref="Arm"/> was written, or 0 while none was.</summary>
    public long Stamp => Volatile.Read(ref _stamp);

    public int Read(Span<byte> buffer) => inner.Read(buffer);

    public void Write(ReadOnlySpan<byte> data)
    {
        var now = Stopwatch.GetTimestamp();
        if (Volatile.Read(ref _armed) == 1 && HasFaderReport(data))
        {
            Volatile.Write(ref _stamp, now);
            Volatile.Write(ref _armed, 0);
        }
        inner.Write(data);
    }

    private bool HasFaderReport(ReadOnlySpan<byte> data)
    {
        if (_pendingLength + data.Length > _pending.Length)
            _pendingLength = 0; // never happens with whole frames per write; stay bounded anyway
        data.CopyTo(_pending.AsSpan(_pendingLength));
        var input = new ReadOnlySequence<byte>(_pending, 0, _pendingLength + data.Length);
        var found = false;
        while (_reader.Read(ref input, _frame, out var length) != FrameStatus.NeedMoreData)
        {
            if (length > 0 && new FrameView(_frame.AsSpan(0, length)).TryRead<FaderReport>(out var report) && report.Fader == fader && report.Raw != _lastRaw)
            {
                _lastRaw = report.Raw;
                found = true;
            }
        }
        // Keep the tail of an unfinished frame for the next write.
        _pendingLength = (int)input.Length;
        input.CopyTo(_pending);
        return found;
    }

    public void Dispose() => inner.Dispose();
}

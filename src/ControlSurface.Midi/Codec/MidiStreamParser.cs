using System.Buffers;
using System.Runtime.CompilerServices;

namespace ControlSurface.Midi.Codec;

/// <summary>Streaming MIDI 1.0 parser: feed it bytes in chunks of any size and it reports messages, SysEx and errors to a sink.</summary>
/// <remarks>
/// <para>Rules, as in the MIDI 1.0 specification:</para>
/// <list type="bullet">
/// <item>Running status: after a channel message, data bytes alone repeat its status. SysEx (F0, F7) and system common
/// (F1..F6) cancel running status; real-time bytes do not.</item>
/// <item>Real-time bytes (F8, FA, FB, FC, FE, FF) are delivered the moment they arrive, even between a status byte and
/// its data or inside a SysEx, and change nothing else.</item>
/// <item>Undefined status bytes (F4, F5, F9, FD) are reported and skipped. F4 and F5, being system common, also cancel
/// running status, and the data bytes after them are ignored without a further report (the specification says to
/// ignore them). F9 and FD, being real-time, disturb nothing.</item>
/// <item>A SysEx longer than <see cref="MidiParserOptions.MaxSysExLength"/> is reported and skipped to its end. A SysEx
/// cut short by another status byte is delivered as incomplete, then that status byte is processed.</item>
/// <item>A message cut short by a new status byte is reported as truncated. Data bytes with no status to apply to are
/// reported as stray, once per run; a real-time byte inside the run does not end it. F7 outside a SysEx is reported.</item>
/// </list>
/// <para>Every report carries the byte offset counted from construction or <see cref="Reset"/>. Output does not depend on
/// how the input is split into chunks. Nothing is allocated per message: SysEx is delivered as a span over a buffer that
/// grows on demand up to the limit and is then reused.</para>
/// <para>Not thread-safe: one parser per input stream, fed from one thread at a time.</para>
/// </remarks>
public sealed class MidiStreamParser
{
    private const int InitialSysExCapacity = 256;

    private readonly int _maxSysEx;
    private readonly bool _deliverPartial;
    private byte[] _sysEx;
    private int _sysExLength;
    private long _sysExOffset;

    private Mode _mode;
    private byte _running;    // running status (80..EF) or 0 when cancelled
    private byte _status;     // status of the message in progress
    private int _needed;      // data bytes it takes
    private int _count;       // data bytes received so far
    private byte _data1;
    private long _messageOffset;
    private long _offset;     // offset of the next byte

    /// <summary>Creates a parser in its power-on state (no running status, offset 0).</summary>
    /// <param name="options">Limits and policies; <see cref="MidiParserOptions.Default"/> when null.</param>
    public MidiStreamParser(MidiParserOptions? options = null)
    {
        Options = options ?? MidiParserOptions.Default;
        _maxSysEx = Options.MaxSysExLength;
        _deliverPartial = Options.SysExOverflow == SysExOverflowPolicy.DeliverPartial;
        _sysEx = new byte[Math.Min(_maxSysEx, InitialSysExCapacity)];
    }

    private enum Mode : byte
    {
        Idle,        // between messages; data bytes start a running-status message or are stray
        Message,     // collecting data bytes of _status
        SysEx,       // collecting SysEx data
        SysExSkip,   // overflowed SysEx: ignore data up to the next status byte
        StrayRun,    // a stray run already reported: ignore data up to the next status byte
        Undefined,   // after F4/F5: ignore data up to the next status byte
    }

    /// <summary>The options this parser was created with.</summary>
    public MidiParserOptions Options { get; }

    /// <summary>Bytes consumed since construction or the last <see cref="Reset"/>: the offset the next byte will have.</summary>
    public long Offset => _offset;

    /// <summary>Returns to the power-on state: nothing pending, no running status, offset 0. Reports nothing.</summary>
    public void Reset()
    {
        _mode = Mode.Idle;
        _running = 0;
        _status = 0;
        _count = 0;
        _sysExLength = 0;
        _offset = 0;
    }

    /// <summary>Parses the next chunk of the stream. Anything unfinished at its end waits for the next chunk.</summary>
    /// <typeparam name="TSink">Receiver of the results; a struct for zero-cost calls.</typeparam>
    public void Parse<TSink>(ReadOnlySpan<byte> bytes, ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        var i = 0;
        var n = bytes.Length;
        while (i < n)
        {
            if (_mode == Mode.Idle)
            {
                i = WholeMessageScanner.Scan(bytes, i, ref _running, _offset, ref sink);
                if (i >= n)
                    break;
            }
            else if (_mode != Mode.Message)
            {
                // SysEx body or bytes being skipped: take the whole run of data bytes at once.
                var run = bytes[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                if (run != 0)
                {
                    run = run < 0 ? n - i : run;
                    if (_mode == Mode.SysEx)
                        SysExData(bytes.Slice(i, run), _offset + i, ref sink);
                    i += run;
                    continue;
                }
            }
            Step(bytes[i], _offset + i, ref sink);
            i++;
        }
        _offset += n;
    }

    /// <summary>Parses every segment of a sequence in order (for pipe readers).</summary>
    public void Parse<TSink>(in ReadOnlySequence<byte> bytes, ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        foreach (var segment in bytes)
            Parse(segment.Span, ref sink);
    }

    /// <summary>Ends the stream: a message still waiting for data is reported truncated, an open SysEx is delivered
    /// incomplete. Then the parser is <see cref="Reset"/> for a new stream.</summary>
    public void Complete<TSink>(ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        EndPending(ref sink);
        Reset();
    }

    private void Step<TSink>(byte b, long offset, ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        if (b >= 0xF8)
        {
            RealTime(b, offset, ref sink);
            return;
        }
        if (b >= 0x80)
        {
            StatusByte(b, offset, ref sink);
            return;
        }
        switch (_mode)
        {
            case Mode.Idle:
                if (_running == 0)
                {
                    sink.OnError(new MidiError(MidiErrorKind.StrayData, offset));
                    _mode = Mode.StrayRun;
                    return;
                }
                Begin(_running, offset);
                Data(b, offset, ref sink);
                return;
            case Mode.Message:
                Data(b, offset, ref sink);
                return;
            case Mode.SysEx:
                SysExData([b], offset, ref sink);
                return;
            default:
                return; // SysExSkip, StrayRun, Undefined: already reported
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RealTime<TSink>(byte b, long offset, ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        if (MidiStatus.IsUndefined(b))
        {
            sink.OnError(new MidiError(MidiErrorKind.UndefinedStatus, offset));
            return;
        }
        var m = MidiMessage.FromParsed(b, 0, 0, offset);
        sink.OnMessage(in m);
    }

    private void StatusByte<TSink>(byte b, long offset, ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        if (b == 0xF7 && _mode == Mode.SysEx)
        {
            DeliverSysEx(complete: true, ref sink);
            _mode = Mode.Idle;
            return;
        }
        if (b == 0xF7 && _mode == Mode.SysExSkip)
        {
            _mode = Mode.Idle; // the end of the SysEx already reported as overflowing
            return;
        }
        EndPending(ref sink);
        if (b < 0xF0)
        {
            _running = b;
            Begin(b, offset);
            return;
        }
        _running = 0; // SysEx and system common cancel running status
        switch (b)
        {
            case 0xF0:
                _mode = Mode.SysEx;
                _sysExLength = 0;
                _sysExOffset = offset;
                return;
            case 0xF7:
                sink.OnError(new MidiError(MidiErrorKind.StrayEox, offset));
                return;
            case 0xF4 or 0xF5:
                sink.OnError(new MidiError(MidiErrorKind.UndefinedStatus, offset));
                _mode = Mode.Undefined;
                return;
            case 0xF6:
                var m = MidiMessage.FromParsed(b, 0, 0, offset);
                sink.OnMessage(in m);
                return;
            default:
                Begin(b, offset); // F1, F2, F3
                return;
        }
    }

    private void Begin(byte status, long offset)
    {
        _mode = Mode.Message;
        _status = status;
        _needed = MidiStatus.DataLength(status);
        _count = 0;
        _messageOffset = offset;
    }

    private void Data<TSink>(byte b, long offset, ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        if (_count == 0)
        {
            _data1 = b;
            _count = 1;
            if (_needed == 2)
                return;
            var one = MidiMessage.FromParsed(_status, b, 0, _messageOffset);
            _mode = Mode.Idle;
            sink.OnMessage(in one);
            return;
        }
        var two = MidiMessage.FromParsed(_status, _data1, b, _messageOffset);
        _mode = Mode.Idle;
        sink.OnMessage(in two);
    }

    /// <summary>Appends a run of SysEx data bytes starting at <paramref name="offset"/>; reports an overflow at the
    /// first byte past the limit and skips the rest of the message.</summary>
    private void SysExData<TSink>(scoped ReadOnlySpan<byte> data, long offset, ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        var room = _maxSysEx - _sysExLength;
        var take = Math.Min(room, data.Length);
        if (_sysExLength + take > _sysEx.Length)
        {
            var size = (long)_sysEx.Length;
            while (size < _sysExLength + take)
                size *= 2;
            Array.Resize(ref _sysEx, (int)Math.Min(size, _maxSysEx));
        }
        data[..take].CopyTo(_sysEx.AsSpan(_sysExLength));
        _sysExLength += take;
        if (take == data.Length)
            return;
        if (_deliverPartial)
            DeliverSysEx(complete: false, ref sink);
        sink.OnError(new MidiError(MidiErrorKind.SysExOverflow, offset + take));
        _mode = Mode.SysExSkip;
    }

    private void EndPending<TSink>(ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        switch (_mode)
        {
            case Mode.Message:
                sink.OnError(new MidiError(MidiErrorKind.Truncated, _messageOffset));
                break;
            case Mode.SysEx:
                DeliverSysEx(complete: false, ref sink);
                break;
        }
        _mode = Mode.Idle;
    }

    private void DeliverSysEx<TSink>(bool complete, ref TSink sink)
        where TSink : IMidiSink, allows ref struct
    {
        var sysEx = new SysExMessage(_sysEx.AsSpan(0, _sysExLength), complete, _sysExOffset);
        sink.OnSysEx(in sysEx);
    }
}

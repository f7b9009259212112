using System.Buffers;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Simulation;

/// <summary>The device role of the protocol for a <see cref="BoardSimulator"/>: handshake, heartbeats, reliable events, commands, configuration.</summary>
/// <remarks>Every member runs under the board's lock.</remarks>
internal sealed class DeviceLink
{
    private const int OutputLimit = 64 * 1024;

    private readonly BoardSimulator _board;
    private readonly FrameReader _reader = new();
    private readonly byte[] _rx = new byte[8192];
    private readonly byte[] _frame = new byte[ProtocolLimits.MaxFrameLength];
    private byte[] _out = new byte[8192];
    private int _rxLength;
    private int _outLength;
    private byte _sequence;
    private double _lastHeard;
    private double _lastHeartbeat;
    private double _heartbeatPeriod = 0.1;
    private double _timeout = 0.5;
    private int _queueFullPending;

    public DeviceLink(BoardSimulator board)
    {
        _board = board;
        // A board announces itself once at power-up; a host that is not listening yet asks again.
        Send(Hello());
    }

    public DeviceCounters Counters { get; } = new();

    public bool InSession { get; private set; }

    public void Receive(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var n = Math.Min(bytes.Length, _rx.Length - _rxLength);
            bytes[..n].CopyTo(_rx.AsSpan(_rxLength));
            _rxLength += n;
            bytes = bytes[n..];
            var input = new ReadOnlySequence<byte>(_rx, 0, _rxLength);
            FrameStatus status;
            while ((status = _reader.Read(ref input, _frame, out var length)) != FrameStatus.NeedMoreData)
            {
                if (status == FrameStatus.Ok)
                    Handle(new FrameView(_frame.AsSpan(0, length)));
                else
                    Interlocked.Increment(ref Counters.BadFramesValue);
            }
            var rest = (int)input.Length;
            _rx.AsSpan(_rxLength - rest, rest).CopyTo(_rx);
            _rxLength = rest;
        }
    }

    public int Drain(Span<byte> destination)
    {
        var n = Math.Min(destination.Length, _outLength);
        _out.AsSpan(0, n).CopyTo(destination);
        _out.AsSpan(n, _outLength - n).CopyTo(_out);
        _outLength -= n;
        return n;
    }

    public void Send<T>(in T message) where T : struct, IFirmwareMessage<T>
    {
        if (_outLength + ProtocolLimits.MaxWireLength > _out.Length)
        {
            if (_out.Length >= OutputLimit)
                return; // nobody is reading: drop rather than grow without bound
            Array.Resize(ref _out, _out.Length * 2);
        }
        _outLength += FrameWriter.Encode(message, _sequence++, _out.AsSpan(_outLength));
        Interlocked.Increment(ref Counters.FramesOutValue);
    }

    public void Enqueue(EventKind kind, byte index, short value)
    {
        if (!_board.Events.Enqueue(kind, index, value))
            _queueFullPending++;
        FlushEvents(_board.Now);
    }

    public void SendPadPressure(int pad, int pressure)
    {
        if (InSession)
            Send(new PadPressureReport((byte)pad, (ushort)pressure));
    }

    public void Tick(double now)
    {
        if (!InSession)
            return;
        if (now - _lastHeard >= _timeout)
        {
            InSession = false;
            Interlocked.Increment(ref Counters.TimeoutsValue);
            return;
        }
        if (now - _lastHeartbeat >= _heartbeatPeriod)
        {
            _lastHeartbeat = now;
            Send(new Heartbeat(false, Micros(now), 0));
        }
        FlushEvents(now);
    }

    private static uint Micros(double seconds) => (uint)(long)(seconds * 1e6);

    private Hello Hello() => new(
        ProtocolLimits.Version, ProtocolLimits.MinVersion, 0x010000, _board.Capabilities,
        _board.Events.OldestPending, _board.Options.Serial, _board.Options.Model);

    private void FlushEvents(double now)
    {
        if (!InSession)
            return;
        if (_queueFullPending > 0)
        {
            Error(ErrorCode.QueueFull, MessageType.Event, 0, (byte)Math.Min(255, _queueFullPending));
            _queueFullPending = 0;
        }
        while (_board.Events.TryNext(now, out var e))
            Send(e);
    }

    private void Error(ErrorCode code, MessageType type, byte sequence, byte detail)
    {
        Send(new ErrorReport(code, (byte)type, sequence, detail));
        Interlocked.Increment(ref Counters.ErrorsSentValue);
    }

    private void Handle(FrameView f)
    {
        Interlocked.Increment(ref Counters.FramesInValue);
        var now = _board.Now;
        _lastHeard = now;
        var seq = f.Sequence;
        var type = f.Type;
        bool ok;
        switch (type)
        {
            case MessageType.HelloRequest:
                if (ok = f.TryRead<HelloRequest>(out _))
                    Send(Hello());
                break;
            case MessageType.Welcome:
                if (ok = f.TryRead<Welcome>(out var welcome))
                    OnWelcome(welcome, seq, now);
                break;
            case MessageType.Heartbeat:
                if ((ok = f.TryRead<Heartbeat>(out var beat)) && !beat.IsReply)
                    Send(new Heartbeat(true, beat.OriginMicros, Micros(now)));
                break;
            case MessageType.Ack:
                if (ok = f.TryRead<Ack>(out var ack))
                    _board.Events.Acknowledge(ack.NextExpected, now);
                break;
            case MessageType.DumpRequest:
                if (ok = f.TryRead<DumpRequest>(out _))
                    Dump(now);
                break;
            case MessageType.FaderTarget:
                if (ok = f.TryRead<FaderTarget>(out var target))
                    OnTarget(target, seq);
                break;
            case MessageType.Motor:
                if (ok = f.TryRead<MotorEnable>(out var motor))
                    OnMotor(motor, seq);
                break;
            case MessageType.Led:
                if (ok = f.TryRead<LedState>(out var led))
                    Report(_board.Indicators.Apply(led), type, seq, led.Led);
                break;
            case MessageType.Text:
                if (ok = f.TryRead<DisplayText>(out var text))
                    Report(_board.Indicators.Apply(text), type, seq, text.Strip);
                break;
            case MessageType.Meter:
                if (ok = f.TryRead<MeterLevel>(out var meter))
                    Report(_board.Indicators.Apply(meter), type, seq, meter.Meter);
                break;
            case MessageType.Ring:
                if (ok = f.TryRead<RingValue>(out var ring))
                    Report(_board.Indicators.Apply(ring), type, seq, ring.Encoder);
                break;
            case MessageType.ConfigGet:
                if (ok = f.TryRead<ConfigGet>(out var get))
                    OnConfig(get.Key, get.Index, null, type, seq);
                break;
            case MessageType.ConfigSet:
                if (ok = f.TryRead<ConfigSet>(out var set))
                    OnConfig(set.Entry.Key, set.Entry.Index, set.Entry, type, seq);
                break;
            case MessageType.Error:
                ok = true;
                break;
            default:
                Error(ErrorCode.UnknownType, type, seq, 0);
                ok = true;
                break;
        }
        if (!ok)
        {
            var configKey = f.Type is MessageType.ConfigGet or MessageType.ConfigSet && !f.Payload.IsEmpty && ConfigEntry.ValueLength((ConfigKey)f.Payload[0]) < 0;
            Error(configKey ? ErrorCode.UnknownConfigKey : ErrorCode.BadLength, f.Type, f.Sequence, configKey ? f.Payload[0] : (byte)0);
        }
    }

    private void Report(ErrorCode? error, MessageType type, byte sequence, int index)
    {
        if (error is { } code)
            Error(code, type, sequence, (byte)index);
    }

    private void OnWelcome(in Welcome m, byte sequence, double now)
    {
        if (m.Version < ProtocolLimits.MinVersion || m.Version > ProtocolLimits.Version)
        {
            Error(ErrorCode.UnsupportedVersion, MessageType.Welcome, sequence, m.Version);
            return;
        }
        _heartbeatPeriod = Math.Max(m.HeartbeatMs, (ushort)10) / 1000.0;
        _timeout = Math.Max(m.TimeoutMs, (ushort)50) / 1000.0;
        _board.Events.Settle(m.HasEventHistory, m.ExpectedEventSequence, now);
        InSession = true;
        Interlocked.Increment(ref Counters.SessionsValue);
        Dump(now);
        FlushEvents(now);
    }

    private void Dump(double now)
    {
        if (!InSession)
            return;
        _board.SendDump(now);
        Send(default(DumpEnd));
    }

    private void OnTarget(in FaderTarget m, byte sequence)
    {
        var faders = _board.FaderStates;
        if (m.Fader >= faders.Length)
        {
            Error(ErrorCode.BadIndex, MessageType.FaderTarget, sequence, m.Fader);
            return;
        }
        var min = _board.Config.RawMin[m.Fader];
        var max = _board.Config.RawMax[m.Fader];
        ref var f = ref faders[m.Fader];
        f.Target = Math.Clamp((m.Raw - min) / (double)(max - min), 0, 1);
        var limit = m.MaxSpeed != 0 ? m.MaxSpeed : _board.Config.SpeedLimit[m.Fader];
        f.SpeedLimit = limit * 1000.0 / (max - min);
    }

    private void OnMotor(in MotorEnable m, byte sequence)
    {
        var faders = _board.FaderStates;
        if (m.Fader != MotorEnable.AllFaders && m.Fader >= faders.Length)
        {
            Error(ErrorCode.BadIndex, MessageType.Motor, sequence, m.Fader);
            return;
        }
        for (var i = 0; i < faders.Length; i++)
        {
            if (m.Fader == MotorEnable.AllFaders || m.Fader == i)
                faders[i].MotorEnabled = m.Enabled;
        }
    }

    private void OnConfig(ConfigKey key, byte index, ConfigEntry? set, MessageType type, byte sequence)
    {
        var error = set is { } entry ? _board.Config.Set(entry) : null;
        var current = default(ConfigEntry);
        error ??= _board.Config.TryGet(key, index, out current);
        if (error is { } code)
            Error(code, type, sequence, code == ErrorCode.UnknownConfigKey ? (byte)key : index);
        else
            Send(new ConfigValue(current));
    }
}

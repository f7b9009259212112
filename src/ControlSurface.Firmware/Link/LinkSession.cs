using System.Buffers;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;
using ControlSurface.Firmware.Serial;

namespace ControlSurface.Firmware.Link;

/// <summary>One open port's life inside a <see cref="SerialLink"/>: the reader and writer threads and the handshake state.</summary>
internal sealed class LinkSession
{
    private readonly SerialLink _link;
    private readonly FrameReader _reader = new();
    private readonly byte[] _rx = new byte[8192];
    private readonly byte[] _frame = new byte[ProtocolLimits.MaxFrameLength];
    private readonly FrameBatch _batch;
    private readonly FrameBatch _replies;
    private readonly ManualResetEventSlim _pong = new(false);
    private TaskCompletionSource _ended = new();
    private volatile LinkState _state;
    private volatile ISerialTransport? _transport;
    private volatile FirmwareSurface? _surface;
    private int _stopping;
    private long _lastHeard;
    private long _helloSentAt;
    private long _welcomeSentAt;
    private long _heartbeatAt;
    private long _refreshAt;
    private long _calibrationAskedAt;
    private volatile bool _welcomeNeeded;
    private Welcome _welcome;
    private int _lastSequence = -1;
    private long _pingOrigin = -1;
    private long _pongMicros;
    private bool _everReady;

    public LinkSession(SerialLink link)
    {
        _link = link;
        _batch = new FrameBatch(link);
        _replies = new FrameBatch(link);
    }

    public LinkState State => _state;

    public Hello? Device { get; private set; }

    public FirmwareSurface? Surface => _surface;

    public ISerialTransport? Transport => _transport;

    private FirmwareLinkOptions Options => _link.Options;

    public async Task RunAsync(ISerialTransport transport, CancellationToken cancellation)
    {
        _ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _stopping, 0);
        _reader.Reset();
        _lastSequence = -1;
        _transport = transport;
        _lastHeard = _link.NowMicros;
        _helloSentAt = long.MinValue / 2;
        _state = LinkState.AwaitingHello;
        var reader = new Thread(ReadLoop) { IsBackground = true, Name = $"firmware read {_link.Path}" };
        var writer = new Thread(WriteLoop) { IsBackground = true, Name = $"firmware write {_link.Path}" };
        reader.Start();
        writer.Start();
        using (var timer = _link.Time.CreateTimer(_ => Wake(), null, Options.Tick, Options.Tick))
        using (cancellation.Register(() => End("stopped")))
        {
            _link.WakeEvent.Set();
            await _ended.Task.ConfigureAwait(false);
        }
        Volatile.Write(ref _stopping, 1);
        _link.WakeEvent.Set();
        transport.Dispose();
        await Task.Run(() =>
        {
            reader.Join();
            writer.Join();
        }).ConfigureAwait(false);
        _state = LinkState.Closed;
        _transport = null;
        if (_surface is { } surface)
            surface.Detach(_link);
        _surface = null;
    }

    public void Stop() => End("stopped");

    public void Detach(FirmwareSurface surface)
    {
        if (_surface == surface)
        {
            _surface = null;
            End("board claimed by another port");
        }
    }

    public TimeSpan? Ping(TimeSpan timeout)
    {
        if (_state != LinkState.Ready)
            return null;
        var origin = (uint)_link.NowMicros;
        _pong.Reset();
        Volatile.Write(ref _pingOrigin, origin);
        Span<byte> wire = stackalloc byte[ProtocolLimits.MaxWireLength];
        var n = FrameWriter.Encode(new Heartbeat(false, origin, 0), _link.NextSequence(), wire);
        try
        {
            _link.WriteFrames(wire[..n], 1);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return null;
        }
        return _pong.Wait(timeout) ? TimeSpan.FromMicroseconds(Volatile.Read(ref _pongMicros)) : null;
    }

    private void Wake()
    {
        try
        {
            _link.WakeEvent.Set();
        }
        catch (ObjectDisposedException)
        {
            // The link is shutting down.
        }
    }

    private void End(string reason)
    {
        if (_ended.TrySetResult())
            _link.LastError = reason;
    }

    private void ReadLoop()
    {
        var transport = _transport!;
        var length = 0;
        try
        {
            while (true)
            {
                var n = transport.Read(_rx.AsSpan(length));
                if (n == 0)
                    return;
                length += n;
                var input = new ReadOnlySequence<byte>(_rx, 0, length);
                var ack = -1;
                FrameStatus status;
                while ((status = _reader.Read(ref input, _frame, out var frameLength)) != FrameStatus.NeedMoreData)
                {
                    if (status == FrameStatus.Ok)
                        Dispatch(new FrameView(_frame.AsSpan(0, frameLength)), ref ack);
                    else
                        CountError(status);
                }
                var rest = (int)input.Length;
                _rx.AsSpan(length - rest, rest).CopyTo(_rx);
                length = rest;
                if (ack >= 0)
                    _replies.Add(new Ack((ushort)ack));
                _replies.Flush();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            End(e.Message);
        }
    }

    private void CountError(FrameStatus status)
    {
        var c = _link.Counters;
        if (status == FrameStatus.CrcError)
            Interlocked.Increment(ref c.CrcErrorsValue);
        else if (status == FrameStatus.Oversize)
            Interlocked.Increment(ref c.OversizeValue);
        else
            Interlocked.Increment(ref c.FramingErrorsValue);
    }

    private void Dispatch(FrameView f, ref int ack)
    {
        var counters = _link.Counters;
        Interlocked.Increment(ref counters.FramesInValue);
        var now = _link.NowMicros;
        Volatile.Write(ref _lastHeard, now);
        if (_lastSequence >= 0)
            Interlocked.Add(ref counters.FramesLostValue, (byte)(f.Sequence - _lastSequence - 1));
        _lastSequence = f.Sequence;
        var surface = _surface;
        var ok = true;
        switch (f.Type)
        {
            case MessageType.Hello:
                if (ok = f.TryRead<Hello>(out var hello))
                    OnHello(hello);
                break;
            case MessageType.Heartbeat:
                if (ok = f.TryRead<Heartbeat>(out var beat))
                    OnHeartbeat(beat, now);
                break;
            case MessageType.Fader:
                if ((ok = f.TryRead<FaderReport>(out var fader)) && surface is not null)
                    surface.OnFader(fader);
                break;
            case MessageType.PadPressure:
                if ((ok = f.TryRead<PadPressureReport>(out var pressure)) && surface is not null)
                    surface.OnPadPressure(pressure);
                break;
            case MessageType.Buttons:
                ok = f.TryRead<ButtonStates>(out _);
                break;
            case MessageType.Event:
                if ((ok = f.TryRead<DeviceEvent>(out var e)) && surface is not null && _state is LinkState.Resyncing or LinkState.Ready)
                    ack = surface.OnEvent(e);
                break;
            case MessageType.DumpEnd:
                if ((ok = f.TryRead<DumpEnd>(out _)) && _state == LinkState.Resyncing && surface is not null)
                    OnDumpEnd(surface);
                break;
            case MessageType.ConfigValue:
                if ((ok = f.TryRead<ConfigValue>(out var config)) && surface is not null)
                    surface.OnCalibration(config.Entry);
                break;
            case MessageType.Error:
                if (ok = f.TryRead<ErrorReport>(out _))
                    Interlocked.Increment(ref counters.DeviceErrorsValue);
                break;
            default:
                // Unknown types, and host-to-device types coming the wrong way, are skipped and counted.
                Interlocked.Increment(ref counters.UnknownTypesValue);
                break;
        }
        if (!ok)
            Interlocked.Increment(ref counters.BadPayloadsValue);
    }

    private void OnHeartbeat(in Heartbeat beat, long now)
    {
        if (!beat.IsReply)
        {
            _replies.Add(new Heartbeat(true, beat.OriginMicros, (uint)now));
            return;
        }
        var rtt = (uint)now - beat.OriginMicros;
        _link.Counters.RoundTrip.Add(rtt);
        if (beat.OriginMicros == Volatile.Read(ref _pingOrigin))
        {
            Volatile.Write(ref _pongMicros, rtt);
            _pong.Set();
        }
    }

    private void OnHello(in Hello hello)
    {
        if (_state == LinkState.Resyncing && _surface is { } current && current.Identity == hello.Serial)
            return; // a repeated HELLO while WELCOME is on its way
        var version = Math.Min(ProtocolLimits.Version, hello.Version);
        if (version < Math.Max(ProtocolLimits.MinVersion, hello.MinVersion))
        {
            _replies.Add(new ErrorReport(ErrorCode.UnsupportedVersion, (byte)MessageType.Hello, 0, hello.Version));
            _link.LastError = $"board {hello.Serial} speaks protocol {hello.MinVersion}..{hello.Version}; host speaks {ProtocolLimits.MinVersion}..{ProtocolLimits.Version}";
            _state = LinkState.Unclaimed;
            return;
        }
        Device = hello;
        var claim = _link.Roster.Claim(_link, hello);
        if (claim is not { } c)
        {
            _link.LastError = $"no surface takes board {hello.Serial}";
            _state = LinkState.Unclaimed;
            return;
        }
        _surface = c.Surface;
        _welcome = new Welcome(version, c.HasHistory, c.Expected, (ushort)Options.HeartbeatInterval.TotalMilliseconds, (ushort)Options.Timeout.TotalMilliseconds);
        _state = LinkState.Resyncing;
        _welcomeNeeded = true;
        Wake();
    }

    private void OnDumpEnd(FirmwareSurface surface)
    {
        _state = LinkState.Ready;
        Interlocked.Increment(ref _link.Counters.ResyncsValue);
        if (_everReady)
            Interlocked.Increment(ref _link.Counters.ReconnectsValue);
        _everReady = true;
        surface.OnResynced();
        Wake();
        _link.RaiseResynced();
    }

    private void WriteLoop()
    {
        while (Volatile.Read(ref _stopping) == 0)
        {
            _link.WakeEvent.WaitOne();
            if (Volatile.Read(ref _stopping) != 0)
                return;
            try
            {
                Pump(_link.NowMicros);
                _batch.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                End(e.Message);
                return;
            }
        }
    }

    private static long Micros(TimeSpan t) => (long)t.TotalMicroseconds;

    private void Pump(long now)
    {
        if (now - Volatile.Read(ref _lastHeard) > Micros(Options.Timeout))
        {
            End($"silent for more than {Options.Timeout.TotalMilliseconds} ms");
            return;
        }
        switch (_state)
        {
            case LinkState.AwaitingHello or LinkState.Unclaimed:
                var interval = Micros(Options.HelloInterval) * (_state == LinkState.Unclaimed ? 10 : 1);
                if (now - _helloSentAt >= interval)
                {
                    _batch.AddDelimiter();
                    _batch.Add(new HelloRequest(ProtocolLimits.Version));
                    _helloSentAt = now;
                    // Keep an unclaimed board's port open: its answers count as life.
                    if (_state == LinkState.Unclaimed)
                        Volatile.Write(ref _lastHeard, now);
                }
                break;
            case LinkState.Resyncing:
                if (_welcomeNeeded || now - _welcomeSentAt >= Micros(Options.WelcomeRetry))
                {
                    _welcomeNeeded = false;
                    AskCalibrations(onlyMissing: false);
                    _batch.Add(_welcome);
                    _welcomeSentAt = now;
                    _calibrationAskedAt = now;
                }
                Heartbeat(now);
                break;
            case LinkState.Ready:
                Heartbeat(now);
                Feedback(now);
                break;
        }
    }

    private void Heartbeat(long now)
    {
        if (now - _heartbeatAt < Micros(Options.HeartbeatInterval))
            return;
        _heartbeatAt = now;
        _batch.Add(new Heartbeat(false, (uint)now, 0));
    }

    private void Feedback(long now)
    {
        if (_surface is not { } surface)
            return;
        if (now - _calibrationAskedAt >= 100_000)
        {
            _calibrationAskedAt = now;
            AskCalibrations(onlyMissing: true);
        }
        if (surface.Slots.AnyDirty)
            surface.Slots.Drain(_batch, surface.Calibration);
        if (now - _refreshAt >= Micros(Options.RefreshInterval))
        {
            _refreshAt = now;
            surface.Slots.RefreshOne(_batch, surface.Calibration);
        }
    }

    private void AskCalibrations(bool onlyMissing)
    {
        if (_surface is not { } surface || Device is not { } device)
            return;
        var faders = Math.Min(device.Capabilities.Faders, surface.Calibration.Count);
        for (var i = 0; i < faders; i++)
        {
            if (!onlyMissing || !surface.Calibration.IsKnown(i))
                _batch.Add(new ConfigGet(ConfigKey.FaderCalibration, (byte)i));
        }
    }
}

using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ControlSurface.Core.Engine;

namespace ControlSurface.Host.Osc;

/// <summary>A DAW target's side channel for absolute locates: sends the model's <see cref="Parameter.Locate"/> as Ardour's OSC
/// <c>/locate</c> over UDP, or, with no address, counts each locate the DAW never gets and says so once.</summary>
/// <remarks>
/// <para>Mackie Control has no absolute locate (a surface can only jog, scrub and step markers), so "play take N" on a
/// Mackie target reaches the DAW as Play from wherever its playhead is. Ardour's OSC surface takes
/// <c>/locate ,ii SAMPLE ROLL</c> (int32 sample, int32 roll flag); the sample is in the session's rate, which the engine's
/// transport shares with the DAW.</para>
/// <para>The take session sends a locate and then Play in the same engine turn, so the locate waits for what follows:
/// with a Play it goes out as <c>/locate SAMPLE 1</c> (Ardour's "must roll"), otherwise as <c>/locate SAMPLE 0</c> ("roll if
/// appropriate": the transport stays as it is) at the engine's next tick, 10 ms later at most. Why roll with the locate
/// although Play also goes out over Mackie Control: a roll-0 locate that reaches Ardour while it is still finishing
/// the stop of a recording, just before the Play, is dropped (3 of 14 tries against Ardour 7.3 over OSC alone, 50 ms
/// after the stop); with the roll flag set, 0 of 16. Samples past int32 (12.4 hours at 48 kHz) cannot be said in
/// <c>/locate</c> and count as failed.</para>
/// <para>Ardour can still drop a locate that comes right after a recording's stop on a loaded machine. With an engine,
/// each locate is checked: <see cref="CheckAfter"/> later the sender asks <c>/transport_frame</c>; if the answer is not
/// between the target and where rolling from it could have got, the locate goes out again (at most
/// <see cref="MaxRetries"/> times, counted in <see cref="Retried"/>). No answer within <see cref="AnswerWithin"/> (a DAW
/// without that query): counted in <see cref="Unchecked"/>, nothing resent.</para>
/// <para>Runs on the engine thread: one preallocated buffer and address, a non-blocking unconnected UDP socket (so an
/// earlier ICMP "port unreachable" never fails a later send), no allocation per locate.</para>
/// </remarks>
internal sealed class OscLocateSender : ITarget, IDisposable
{
    /// <summary>How long after a locate the sender asks the DAW where its playhead is.</summary>
    public static readonly TimeSpan CheckAfter = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the sender waits for the answer to <c>/transport_frame</c>.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(1);

    /// <summary>How often a locate the DAW did not follow goes out again.</summary>
    public const int MaxRetries = 2;

    /// <summary>Bytes of one <c>/locate ,ii</c> message: address 8, type tags 4, two int32.</summary>
    public const int MessageLength = 20;

    private readonly Socket? _socket;
    private readonly SocketAddress? _address;
    private readonly byte[] _buffer = new byte[MessageLength];
    private readonly byte[] _answer = new byte[64];
    private readonly BridgeEngine? _engine;
    private readonly TextWriter _log;
    private readonly string _owner;
    private long _pending = -1;
    private long _checking = -1;
    private bool _checkRoll;
    private TimeSpan? _checkSince;
    private TimeSpan? _askedAt;
    private int _retries;
    private long _retried;
    private long _unchecked;
    private long _sent;
    private long _unsupported;
    private long _failed;

    /// <summary>Creates the side channel of target <paramref name="owner"/>.</summary>
    /// <param name="owner">The DAW target's name in the configuration, for log lines.</param>
    /// <param name="endpoint">Where the DAW's OSC surface listens, or null when the target has no way to locate.</param>
    /// <param name="log">Where the one-time "cannot locate" line and send failures go.</param>
    /// <param name="engine">The engine whose ticks send a locate no Play followed; null: call <see cref="Flush"/>.</param>
    public OscLocateSender(string owner, IPEndPoint? endpoint, TextWriter log, BridgeEngine? engine = null)
    {
        _owner = owner;
        _log = log;
        Endpoint = endpoint;
        if (endpoint is null)
            return;
        _socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { Blocking = false };
        _address = endpoint.Serialize();
        _engine = engine;
        if (engine is not null)
            engine.Ticked += OnTick;
    }

    /// <inheritdoc />
    public string Name => $"{_owner} locate ({(Endpoint is null ? "none" : "OSC " + Endpoint)})";

    /// <summary>The DAW's OSC address, or null when locates cannot be sent.</summary>
    public IPEndPoint? Endpoint { get; }

    /// <summary>Locates sent to the DAW.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Locates the DAW never got because the target has no OSC side channel.</summary>
    public long Unsupported => Interlocked.Read(ref _unsupported);

    /// <summary>Locates that could not be sent (past int32 samples, the socket refused), or that the DAW did not follow after every retry.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Locates sent again because the DAW's playhead was elsewhere.</summary>
    public long Retried => Interlocked.Read(ref _retried);

    /// <summary>True while the last locate waits to be checked against the DAW's playhead.</summary>
    public bool Checking => _checking >= 0;

    /// <summary>Locates the DAW gave no position for (no answer to <c>/transport_frame</c> in time).</summary>
    public long Unchecked => Interlocked.Read(ref _unchecked);

    /// <inheritdoc />
    public void Apply(in ModelChange change)
    {
        var parameter = change.Address.Parameter;
        if (parameter == Parameter.Play && _pending >= 0)
        {
            Send(_pending, roll: true);
            _pending = -1;
            return;
        }
        if (parameter != Parameter.Locate)
            return;
        Flush();
        if (_socket is null)
        {
            if (Interlocked.Increment(ref _unsupported) == 1)
                _log.WriteLine($"{_owner}: cannot locate the DAW to sample {Samples(change.Value)}: Mackie Control has no absolute locate, so playback starts where the DAW's playhead is. Add `locate: osc://HOST:PORT` (Ardour's OSC surface, port 3819) to the target.");
            return;
        }
        _pending = Samples(change.Value);
    }

    /// <summary>Sends a locate no Play followed, without rolling (the engine's tick calls this).</summary>
    public void Flush()
    {
        if (_pending < 0)
            return;
        Send(_pending, roll: false);
        _pending = -1;
    }

    /// <summary>The engine's tick: sends a locate no Play followed, then checks the last locate against the DAW's playhead.</summary>
    public void OnTick(BridgeEngine engine)
    {
        Flush();
        if (_checking < 0 || _socket is null)
            return;
        var now = engine.Now;
        _checkSince ??= now;
        while (_checking >= 0 && _socket.Available > 0)
        {
            var n = _socket.Receive(_answer, SocketFlags.None);
            if (_askedAt is not null && n >= 32 && _answer.AsSpan(0, 24).SequenceEqual(FrameAnswer))
                Judge(BinaryPrimitives.ReadInt64BigEndian(_answer.AsSpan(24)), now, engine.Transport.SampleRate);
        }
        if (_checking < 0)
            return;
        if (_askedAt is null && now - _checkSince >= CheckAfter)
        {
            SendBytes(FrameQuery);
            _askedAt = now;
        }
        else if (_askedAt is { } asked && now - asked > AnswerWithin)
        {
            Interlocked.Increment(ref _unchecked);
            _checking = -1;
        }
    }

    // Rolling from the target, the playhead is at most (time since the locate + half a second of slack) past it.
    private void Judge(long position, TimeSpan now, int sampleRate)
    {
        var reach = (long)((now - _checkSince!.Value + TimeSpan.FromMilliseconds(500)).TotalSeconds * sampleRate);
        if (position >= _checking && position <= _checking + reach)
        {
            _checking = -1;
            return;
        }
        if (_retries >= MaxRetries)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"the DAW did not go to sample {_checking} (its playhead is at {position} after {_retries + 1} locates)"));
            _checking = -1;
            return;
        }
        var target = _checking;
        var retries = _retries + 1;
        Interlocked.Increment(ref _retried);
        Send(target, _checkRoll);
        _retries = retries;
    }

    private void Send(long samples, bool roll)
    {
        if (samples > int.MaxValue)
        {
            Fail($"sample {samples} is past what OSC /locate carries (int32)");
            return;
        }
        // Answers to an earlier check are stale now.
        while (_socket!.Available > 0)
            _socket.Receive(_answer, SocketFlags.None);
        Encode(_buffer, (int)samples, roll);
        if (SendBytes(_buffer))
        {
            Interlocked.Increment(ref _sent);
            (_checking, _checkRoll, _checkSince, _askedAt, _retries) = (samples, roll, null, null, 0);
        }
    }

    private bool SendBytes(ReadOnlySpan<byte> message)
    {
        try
        {
            _socket!.SendTo(message, SocketFlags.None, _address!);
            return true;
        }
        catch (SocketException e)
        {
            Fail($"sending to {Endpoint} failed: {e.SocketErrorCode}");
            return false;
        }
    }

    // "/transport_frame" asks Ardour for its playhead; it answers "/transport_frame ,h SAMPLE".
    private static ReadOnlySpan<byte> FrameQuery => "/transport_frame\0\0\0\0,\0\0\0"u8;

    private static ReadOnlySpan<byte> FrameAnswer => "/transport_frame\0\0\0\0,h\0\0"u8;

    /// <summary>Writes <c>/locate ,ii SAMPLES ROLL</c> into <paramref name="destination"/> (at least <see cref="MessageLength"/> bytes).</summary>
    /// <returns>The message length.</returns>
    public static int Encode(Span<byte> destination, int samples, bool roll)
    {
        "/locate\0,ii\0"u8.CopyTo(destination);
        BinaryPrimitives.WriteInt32BigEndian(destination[12..], samples);
        BinaryPrimitives.WriteInt32BigEndian(destination[16..], roll ? 1 : 0);
        return MessageLength;
    }

    /// <summary>Reads a <c>locate:</c> setting: <c>osc://HOST:PORT</c> (UDP; HOST an IP address or a name resolved now).</summary>
    /// <exception cref="FormatException">What is wrong with it, in words a config error can show.</exception>
    public static IPEndPoint ParseAddress(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != "osc")
            throw new FormatException($"'{text}' is not an OSC address: write osc://HOST:PORT, e.g. osc://127.0.0.1:3819 for Ardour on this machine");
        if (uri.IsDefaultPort || uri.Port is < 1 or > 65535)
            throw new FormatException($"'{text}' has no port: write osc://{uri.Host}:PORT (Ardour listens on 3819)");
        if (uri.AbsolutePath is not ("/" or "") || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
            throw new FormatException($"'{text}' must be only osc://HOST:PORT, without a path, query or user");
        if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip))
            return new IPEndPoint(ip, uri.Port);
        try
        {
            var addresses = Dns.GetHostAddresses(uri.Host);
            var chosen = Array.Find(addresses, a => a.AddressFamily == AddressFamily.InterNetwork) ?? (addresses.Length > 0 ? addresses[0] : null);
            return chosen is null ? throw new FormatException($"'{uri.Host}' has no address") : new IPEndPoint(chosen, uri.Port);
        }
        catch (SocketException e)
        {
            throw new FormatException($"'{uri.Host}' does not resolve: {e.Message}", e);
        }
    }

    private static long Samples(double value) => value >= long.MaxValue ? long.MaxValue : (long)Math.Max(0, value);

    private void Fail(string why)
    {
        Interlocked.Increment(ref _failed);
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_owner}: {why}"));
    }

    /// <summary>Leaves the engine's ticks and closes the socket (a reload drops the target; the engine runs on).</summary>
    public void Dispose()
    {
        if (_engine is not null)
            _engine.Ticked -= OnTick;
        _socket?.Dispose();
    }
}

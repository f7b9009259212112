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
/// <para>The roll flag is 0, Ardour's "roll if appropriate": it keeps the transport as it is. The take session follows a
/// locate with Play, which goes out on the Mackie channel; whichever of the two Ardour handles first, it ends up rolling
/// from the take's start. Samples past int32 (12.4 hours at 48 kHz) cannot be said in <c>/locate</c> and count as failed.</para>
/// <para>Runs on the engine thread: one preallocated buffer and address, a non-blocking unconnected UDP socket (so an
/// earlier ICMP "port unreachable" never fails a later send), no allocation per locate.</para>
/// </remarks>
internal sealed class OscLocateSender : ITarget, IDisposable
{
    /// <summary>Bytes of one <c>/locate ,ii</c> message: address 8, type tags 4, two int32.</summary>
    public const int MessageLength = 20;

    private readonly Socket? _socket;
    private readonly SocketAddress? _address;
    private readonly byte[] _buffer = new byte[MessageLength];
    private readonly TextWriter _log;
    private readonly string _owner;
    private long _sent;
    private long _unsupported;
    private long _failed;

    /// <summary>Creates the side channel of target <paramref name="owner"/>.</summary>
    /// <param name="owner">The DAW target's name in the configuration, for log lines.</param>
    /// <param name="endpoint">Where the DAW's OSC surface listens, or null when the target has no way to locate.</param>
    /// <param name="log">Where the one-time "cannot locate" line and send failures go.</param>
    public OscLocateSender(string owner, IPEndPoint? endpoint, TextWriter log)
    {
        _owner = owner;
        _log = log;
        Endpoint = endpoint;
        if (endpoint is null)
            return;
        _socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { Blocking = false };
        _address = endpoint.Serialize();
    }

    /// <inheritdoc />
    public string Name => $"{_owner} locate ({(Endpoint is null ? "none" : "OSC " + Endpoint)})";

    /// <summary>The DAW's OSC address, or null when locates cannot be sent.</summary>
    public IPEndPoint? Endpoint { get; }

    /// <summary>Locates sent to the DAW.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Locates the DAW never got because the target has no OSC side channel.</summary>
    public long Unsupported => Interlocked.Read(ref _unsupported);

    /// <summary>Locates that could not be sent: past int32 samples, or the socket refused them.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <inheritdoc />
    public void Apply(in ModelChange change)
    {
        if (change.Address.Parameter != Parameter.Locate)
            return;
        if (_socket is null)
        {
            if (Interlocked.Increment(ref _unsupported) == 1)
                _log.WriteLine($"{_owner}: cannot locate the DAW to sample {Samples(change.Value)}: Mackie Control has no absolute locate, so playback starts where the DAW's playhead is. Add `locate: osc://HOST:PORT` (Ardour's OSC surface, port 3819) to the target.");
            return;
        }
        var samples = Samples(change.Value);
        if (samples > int.MaxValue)
        {
            Fail($"sample {samples} is past what OSC /locate carries (int32)");
            return;
        }
        Encode(_buffer, (int)samples, roll: false);
        try
        {
            _socket.SendTo(_buffer, SocketFlags.None, _address!);
            Interlocked.Increment(ref _sent);
        }
        catch (SocketException e)
        {
            Fail($"sending /locate to {Endpoint} failed: {e.SocketErrorCode}");
        }
    }

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

    /// <summary>Closes the socket.</summary>
    public void Dispose() => _socket?.Dispose();
}

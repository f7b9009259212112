using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ControlSurface.Tests.Ardour;

/// <summary>
/// One OSC surface on Ardour for a whole test fixture: reads Ardour's state back independently of Mackie Control.
/// </summary>
/// <remarks>
/// Registers once with <c>/set_surface 0 1 19 3</c>: no banking and audio tracks only, so Ardour has no blank
/// strips for it. Ardour 7.3 segfaults (OSCRouteObserver::send_gain_message) when a new surface with blank
/// strips registers while gains change, so tests must neither open more surfaces nor re-send /set_surface.
/// The latest value of every address (per strip id) is kept; waits look at it first, then at new replies. Every reply
/// is also kept in order (<see cref="Mark"/>, <see cref="WaitForEventAsync"/>), so a short-lived state (record enabled,
/// then disabled again) is seen even when a later reply overwrote it before the wait looked.
/// </remarks>
public sealed class OscProbe : IDisposable
{
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly IPEndPoint _ardour;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object[]> _latest = new(StringComparer.Ordinal);
    private readonly List<(TimeSpan At, string Key, object[] Args)> _history = [];
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="port">Ardour's OSC port.</param>
    /// <param name="feedback">The /set_surface feedback bits: 19 = buttons, values, master and transport; add 1024 for /position/samples.</param>
    public OscProbe(int port, int feedback = 19)
    {
        _ardour = new IPEndPoint(IPAddress.Loopback, port);
        _reader = Task.Run(ReadAsync);
        // bank size 0 (all strips), strip types 1 (audio tracks), the feedback bits, fader positions
        Send("/set_surface", 0, 1, feedback, 3, 0, 0);
    }

    /// <summary>How many replies have arrived: pass it to <see cref="WaitForEventAsync"/> to look only at later ones.</summary>
    public int Mark
    {
        get
        {
            lock (_gate)
                return _history.Count;
        }
    }

    /// <summary>Replies received so far.</summary>
    public int Received { get; private set; }

    public void Send(string address, params object[] args)
    {
        var bytes = new List<byte>();
        AddString(bytes, address);
        var tags = new StringBuilder(",");
        foreach (var a in args)
            tags.Append(a switch { int => 'i', float => 'f', string => 's', _ => throw new ArgumentException("type") });
        AddString(bytes, tags.ToString());
        foreach (var a in args)
        {
            var word = new byte[4];
            switch (a)
            {
                case int i:
                    BinaryPrimitives.WriteInt32BigEndian(word, i);
                    bytes.AddRange(word);
                    break;
                case float f:
                    BinaryPrimitives.WriteSingleBigEndian(word, f);
                    bytes.AddRange(word);
                    break;
                case string s:
                    AddString(bytes, s);
                    break;
            }
        }
        _udp.Send([.. bytes], bytes.Count, _ardour);
    }

    /// <summary>The latest value Ardour reported at <paramref name="address"/> (not a /strip/* address), or null.</summary>
    public object[]? Latest(string address)
    {
        lock (_gate)
            return _latest.GetValueOrDefault(address);
    }

    /// <summary>The latest fader position Ardour reported for strip <paramref name="ssid"/> (1-based), or null.</summary>
    public float? Fader(int ssid)
    {
        lock (_gate)
            return _latest.TryGetValue($"/strip/fader#{ssid}", out var a) && a is [_, float f] ? f : null;
    }

    /// <summary>Waits until the latest value at <paramref name="address"/> (for /strip/*: of strip <paramref name="ssid"/>) matches.</summary>
    /// <param name="alive">Checked while waiting (e.g. that Ardour still runs); it throws to stop the wait.</param>
    public async Task<object[]> WaitForAsync(string address, int ssid, Func<object[], bool> match, TimeSpan timeout, Action alive)
    {
        var key = ssid > 0 ? $"{address}#{ssid}" : address;
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_latest.TryGetValue(key, out var args) && match(args))
                    return args;
                changed = _changed.Task;
            }
            alive();
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"Ardour's OSC never reported a matching {key} within {timeout.TotalSeconds:0} s " +
                    $"(latest: {Describe(key)}; {Received} replies so far)");
            await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromMilliseconds(250) ? left : TimeSpan.FromMilliseconds(250))).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until a reply at <paramref name="address"/> (for /strip/*: of strip <paramref name="ssid"/>) received after
    /// <paramref name="mark"/> matches, however briefly that state lasted.</summary>
    /// <param name="alive">Checked while waiting (e.g. that Ardour still runs); it throws to stop the wait.</param>
    public async Task<object[]> WaitForEventAsync(string address, int ssid, int mark, Func<object[], bool> match, TimeSpan timeout, Action alive)
    {
        var key = ssid > 0 ? $"{address}#{ssid}" : address;
        var deadline = DateTime.UtcNow + timeout;
        var next = mark;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                for (; next < _history.Count; next++)
                {
                    if (_history[next].Key == key && match(_history[next].Args))
                        return _history[next].Args;
                }
                changed = _changed.Task;
            }
            alive();
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"Ardour's OSC sent no matching {key} within {timeout.TotalSeconds:0} s (since then: {History(mark, key)}; {Received} replies so far)");
            await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromMilliseconds(250) ? left : TimeSpan.FromMilliseconds(250))).ConfigureAwait(false);
        }
    }

    /// <summary>The replies at the given addresses since <paramref name="mark"/>, with their arrival times: for failure messages.</summary>
    public string History(int mark, params string[] keys)
    {
        lock (_gate)
        {
            var lines = new List<string>();
            for (var i = Math.Max(0, mark); i < _history.Count; i++)
            {
                var (at, key, args) = _history[i];
                if (keys.Length == 0 || Array.IndexOf(keys, key) >= 0)
                    lines.Add($"{at.TotalSeconds:F3}s {key} [{string.Join(", ", args)}]");
            }
            // The first and the last replies: where a wait went wrong, and where it ended.
            return lines.Count == 0 ? "nothing" : lines.Count <= 60 ? string.Join("; ", lines)
                : $"{string.Join("; ", lines.Take(30))}; ... {lines.Count - 60} more ...; {string.Join("; ", lines.TakeLast(30))}";
        }
    }

    private string Describe(string key)
    {
        lock (_gate)
            return _latest.TryGetValue(key, out var a) ? string.Join(", ", a) : "nothing";
    }

    private async Task ReadAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult result;
            try
            {
                result = await _udp.ReceiveAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException)
            {
                continue; // ICMP unreachable from an earlier send; keep listening
            }
            var (address, args) = Parse(result.Buffer);
            var key = address.StartsWith("/strip/", StringComparison.Ordinal) && args is [int ssid, ..] ? $"{address}#{ssid}" : address;
            TaskCompletionSource changed;
            lock (_gate)
            {
                _latest[key] = args;
                _history.Add((_clock.Elapsed, key, args));
                Received++;
                changed = _changed;
                _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            changed.TrySetResult();
        }
    }

    private static (string Address, object[] Args) Parse(byte[] packet)
    {
        var offset = 0;
        var address = ReadString(packet, ref offset);
        if (offset >= packet.Length)
            return (address, []);
        var tags = ReadString(packet, ref offset);
        var args = new List<object>();
        foreach (var t in tags.AsSpan(1))
        {
            switch (t)
            {
                case 'i':
                    args.Add(BinaryPrimitives.ReadInt32BigEndian(packet.AsSpan(offset)));
                    offset += 4;
                    break;
                case 'f':
                    args.Add(BinaryPrimitives.ReadSingleBigEndian(packet.AsSpan(offset)));
                    offset += 4;
                    break;
                case 'h':
                    args.Add(BinaryPrimitives.ReadInt64BigEndian(packet.AsSpan(offset)));
                    offset += 8;
                    break;
                case 's':
                    args.Add(ReadString(packet, ref offset));
                    break;
                default:
                    return (address, [.. args]);
            }
        }
        return (address, [.. args]);
    }

    private static string ReadString(byte[] packet, ref int offset)
    {
        var end = Array.IndexOf(packet, (byte)0, offset);
        if (end < 0)
            end = packet.Length;
        var s = Encoding.ASCII.GetString(packet, offset, end - offset);
        offset = (end + 4) & ~3;
        return s;
    }

    private static void AddString(List<byte> bytes, string s)
    {
        bytes.AddRange(Encoding.ASCII.GetBytes(s));
        var pad = 4 - s.Length % 4;
        for (var i = 0; i < pad; i++)
            bytes.Add(0);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _udp.Dispose();
        _reader.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}

using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ControlSurface.Midi.Tests.EndToEnd;

/// <summary>A tiny OSC client for reading Ardour's state back independently of Mackie Control.</summary>
public sealed class OscProbe(int port) : IDisposable
{
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly IPEndPoint _ardour = new(IPAddress.Loopback, port);

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

    /// <summary>Waits for a reply with <paramref name="address"/> whose arguments satisfy <paramref name="match"/>.</summary>
    public async Task<object[]> WaitForAsync(string address, Func<object[], bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var result = await _udp.ReceiveAsync(cts.Token);
            var (addr, args) = Parse(result.Buffer);
            if (addr == address && match(args))
                return args;
        }
    }

    /// <summary>Strip <paramref name="strip"/>'s (1-based) fader position as Ardour reports it to a new surface.</summary>
    public static async Task<float> ReadFaderAsync(int oscPort, int strip, TimeSpan timeout)
    {
        using var probe = new OscProbe(oscPort);
        probe.Send("/set_surface", 8, 31, 3, 3, 0, 0); // buttons + values feedback, fader position only
        var args = await probe.WaitForAsync("/strip/fader", a => a.Length == 2 && (int)a[0] == strip, timeout);
        return (float)args[1];
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

    public void Dispose() => _udp.Dispose();
}

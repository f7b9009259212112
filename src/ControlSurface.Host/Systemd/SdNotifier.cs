using System.Net.Sockets;
using System.Text;

namespace ControlSurface.Host.Systemd;

/// <summary>Sends sd_notify(3) messages ("READY=1", "WATCHDOG=1", "STATUS=...") to systemd's notification socket.</summary>
/// <remarks>
/// The socket path comes from $NOTIFY_SOCKET; a leading '@' names an abstract socket. Without the variable
/// (not started by systemd, or Type= not notify) <see cref="FromEnvironment"/> returns null and nothing is sent.
/// </remarks>
internal sealed class SdNotifier : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly UnixDomainSocketEndPoint _endpoint;

    public SdNotifier(string socketPath)
    {
        Path = socketPath;
        _endpoint = new UnixDomainSocketEndPoint(socketPath.StartsWith('@') ? "\0" + socketPath[1..] : socketPath);
    }

    /// <summary>The socket messages go to.</summary>
    public string Path { get; }

    /// <summary>A notifier for $NOTIFY_SOCKET, or null when the variable is unset.</summary>
    public static SdNotifier? FromEnvironment(Func<string, string?> getEnv) =>
        getEnv("NOTIFY_SOCKET") is { Length: > 0 } path ? new SdNotifier(path) : null;

    /// <summary>Sends one message (newline-separated assignments); a failure is returned, not thrown.</summary>
    public bool Notify(string state)
    {
        try
        {
            _socket.SendTo(Encoding.UTF8.GetBytes(state), _endpoint);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose() => _socket.Dispose();
}

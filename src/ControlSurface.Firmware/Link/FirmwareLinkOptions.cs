using ControlSurface.Firmware.Serial;

namespace ControlSurface.Firmware.Link;

/// <summary>Timing of a serial link (defaults follow PROTOCOL.md) and how its port is opened.</summary>
public sealed record FirmwareLinkOptions
{
    /// <summary>How often each side sends a heartbeat request.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Silence after which the session counts as lost.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Pause between attempts to open a port that is not there.</summary>
    public TimeSpan ReconnectInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often HELLO_REQUEST is repeated until a HELLO arrives.</summary>
    public TimeSpan HelloInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long to wait for DUMP_END before sending WELCOME again.</summary>
    public TimeSpan WelcomeRetry { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The writer's housekeeping period (heartbeats, retries, refresh).</summary>
    public TimeSpan Tick { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>How often one held command is re-sent (round-robin repair of lost state).</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Opens a port by path: <see cref="SerialPaths.OpenDefault"/> unless replaced.</summary>
    public Func<string, ISerialTransport> Open { get; init; } = SerialPaths.OpenDefault;

    /// <summary>Wraps each opened transport, e.g. in a <see cref="FaultInjector"/>; null for none.</summary>
    public Func<ISerialTransport, ISerialTransport>? Wrap { get; init; }
}

namespace ControlSurface.Firmware.Protocol;

/// <summary>Why a frame was refused (carried by <see cref="MessageType.Error"/>).</summary>
public enum ErrorCode : byte
{
    /// <summary>The message type is not known to the receiver; the frame was skipped.</summary>
    UnknownType = 1,
    /// <summary>The payload length does not fit the message type.</summary>
    BadLength = 2,
    /// <summary>A fader, pad, LED or other index is out of range.</summary>
    BadIndex = 3,
    /// <summary>A value is out of range.</summary>
    BadValue = 4,
    /// <summary>No common protocol version.</summary>
    UnsupportedVersion = 5,
    /// <summary>The configuration key is not known.</summary>
    UnknownConfigKey = 6,
    /// <summary>The configuration could not be persisted.</summary>
    ConfigWriteFailed = 7,
    /// <summary>The message needs a session (WELCOME) first.</summary>
    NotConnected = 8,
    /// <summary>The device's event queue overflowed; events were lost.</summary>
    QueueFull = 9,
}

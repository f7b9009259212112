namespace ControlSurface.Firmware.Protocol;

/// <summary>The first byte of every frame: what the payload is.</summary>
/// <remarks>0x01-0x0F link control, 0x10-0x1F device state, 0x20 device events, 0x30-0x3F host commands, 0x40-0x4F configuration.</remarks>
public enum MessageType : byte
{
    /// <summary>Host asks the device to introduce itself (host to device).</summary>
    HelloRequest = 0x01,
    /// <summary>Device identity, version and capabilities (device to host).</summary>
    Hello = 0x02,
    /// <summary>Host accepts the device and starts the session (host to device).</summary>
    Welcome = 0x03,
    /// <summary>Heartbeat request or reply with timestamps (both ways).</summary>
    Heartbeat = 0x04,
    /// <summary>Cumulative acknowledgement of device events (host to device).</summary>
    Ack = 0x05,
    /// <summary>Error or negative acknowledgement (both ways).</summary>
    Error = 0x06,
    /// <summary>Host asks for a full state dump (host to device).</summary>
    DumpRequest = 0x07,
    /// <summary>End of a state dump (device to host).</summary>
    DumpEnd = 0x08,
    /// <summary>Fader position at native resolution with touch state (device to host, state).</summary>
    Fader = 0x10,
    /// <summary>Pad pressure (device to host, state).</summary>
    PadPressure = 0x11,
    /// <summary>Held buttons as a bitmap (device to host, state, part of a dump).</summary>
    Buttons = 0x12,
    /// <summary>Pad hit, button down/up or encoder steps, sequenced and acknowledged (device to host, event).</summary>
    Event = 0x20,
    /// <summary>Motor-fader target (host to device, state).</summary>
    FaderTarget = 0x30,
    /// <summary>Motor enable/disable (host to device, state).</summary>
    Motor = 0x31,
    /// <summary>LED state (host to device, state).</summary>
    Led = 0x32,
    /// <summary>Display text (host to device, state).</summary>
    Text = 0x33,
    /// <summary>Meter level (host to device, state).</summary>
    Meter = 0x34,
    /// <summary>Encoder LED ring value (host to device, state).</summary>
    Ring = 0x35,
    /// <summary>Read a configuration entry (host to device).</summary>
    ConfigGet = 0x40,
    /// <summary>Write and persist a configuration entry (host to device).</summary>
    ConfigSet = 0x41,
    /// <summary>A configuration entry's value, the reply to get and set (device to host).</summary>
    ConfigValue = 0x42,
}

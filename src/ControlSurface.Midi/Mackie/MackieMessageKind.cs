namespace ControlSurface.Midi.Mackie;

/// <summary>What one decoded Mackie Control message means.</summary>
public enum MackieMessageKind : byte
{
    /// <summary>Not a Mackie Control message (or one this decoder ignores).</summary>
    None,
    /// <summary>Fader position: <see cref="MackieMessage.Index"/> 0-7 strip, 8 master; <see cref="MackieMessage.Value"/> 0..16383.</summary>
    Fader,
    /// <summary>A note: button press/release (surface to host) or LED state (host to surface); Value = velocity.</summary>
    Note,
    /// <summary>V-Pot rotation: Index = strip, Value = signed steps.</summary>
    VPot,
    /// <summary>Jog wheel: Value = signed steps.</summary>
    Jog,
    /// <summary>V-Pot LED ring: Index = strip, Value = ring byte (mode bits 4-5, position 0-11, centre LED 0x40).</summary>
    Ring,
    /// <summary>Time code digit: Index = digit from the right (0-9), Value = 7-segment code (0x40 = dot).</summary>
    TimecodeDigit,
    /// <summary>Assignment display digit: Index 0 right, 1 left; Value = code.</summary>
    AssignmentDigit,
    /// <summary>Meter: Index = strip, Value = level 0-0x0C, 0x0E overload on, 0x0F overload off.</summary>
    Meter,
    /// <summary>SysEx device query from the host; Value = model byte.</summary>
    DeviceQuery,
    /// <summary>SysEx host connection query from a surface; Value = model byte.</summary>
    HostConnectionQuery,
    /// <summary>SysEx LCD write: Index = offset (0-111); the characters are in the SysEx body.</summary>
    Lcd,
    /// <summary>SysEx time code display (characters right to left).</summary>
    TimecodeText,
    /// <summary>SysEx go offline.</summary>
    GoOffline,
    /// <summary>SysEx version request.</summary>
    VersionRequest,
    /// <summary>SysEx assignment display (2 characters, right to left).</summary>
    AssignmentText,
    /// <summary>Another Mackie SysEx (meter mode, backlight...); Value = command byte.</summary>
    OtherSysEx,
}

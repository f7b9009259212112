namespace ControlSurface.Midi.Mackie;

/// <summary>Mackie Control numbers: SysEx header, model bytes, note numbers of buttons and LEDs.</summary>
/// <remarks>Strips are zero-based (0-7 per unit); fader 8 is the master. See reference/mackie-control.md.</remarks>
public static class MackieProtocol
{
    /// <summary>Model byte of a Mackie Control (Universal/Pro) main unit.</summary>
    public const byte ModelMain = 0x14;
    /// <summary>Model byte of a Mackie Control extender (XT).</summary>
    public const byte ModelExtender = 0x15;
    /// <summary>SysEx command: device query (host to surface).</summary>
    public const byte DeviceQuery = 0x00;
    /// <summary>SysEx command: host connection query (surface to host; the answer to a device query).</summary>
    public const byte HostConnectionQuery = 0x01;
    /// <summary>SysEx command: connection confirmed.</summary>
    public const byte ConnectionConfirmed = 0x03;
    /// <summary>SysEx command: go offline.</summary>
    public const byte GoOffline = 0x0F;
    /// <summary>SysEx command: time code / BBT display.</summary>
    public const byte TimecodeDisplay = 0x10;
    /// <summary>SysEx command: assignment display.</summary>
    public const byte AssignmentDisplay = 0x11;
    /// <summary>SysEx command: LCD write.</summary>
    public const byte LcdWrite = 0x12;
    /// <summary>SysEx command: firmware version request.</summary>
    public const byte VersionRequest = 0x13;
    /// <summary>SysEx command: version reply.</summary>
    public const byte VersionReply = 0x14;
    /// <summary>First note of the REC buttons (strip 0).</summary>
    public const byte RecBase = 0x00;
    /// <summary>First note of the SOLO buttons.</summary>
    public const byte SoloBase = 0x08;
    /// <summary>First note of the MUTE buttons.</summary>
    public const byte MuteBase = 0x10;
    /// <summary>First note of the SELECT buttons.</summary>
    public const byte SelectBase = 0x18;
    /// <summary>First note of the V-Pot push switches.</summary>
    public const byte VPotPushBase = 0x20;
    /// <summary>Bank left.</summary>
    public const byte BankLeft = 0x2E;
    /// <summary>Bank right.</summary>
    public const byte BankRight = 0x2F;
    /// <summary>Channel left.</summary>
    public const byte ChannelLeft = 0x30;
    /// <summary>Channel right.</summary>
    public const byte ChannelRight = 0x31;
    /// <summary>Marker.</summary>
    public const byte Marker = 0x54;
    /// <summary>Cycle (loop).</summary>
    public const byte Cycle = 0x56;
    /// <summary>Rewind.</summary>
    public const byte Rewind = 0x5B;
    /// <summary>Fast forward.</summary>
    public const byte FastForward = 0x5C;
    /// <summary>Stop.</summary>
    public const byte Stop = 0x5D;
    /// <summary>Play.</summary>
    public const byte Play = 0x5E;
    /// <summary>Record.</summary>
    public const byte Record = 0x5F;
    /// <summary>Cursor left (previous marker together with Marker in most hosts).</summary>
    public const byte CursorLeft = 0x62;
    /// <summary>Cursor right.</summary>
    public const byte CursorRight = 0x63;
    /// <summary>Name/Value button.</summary>
    public const byte NameValue = 0x34;
    /// <summary>SMPTE/Beats button (the host toggles its time display).</summary>
    public const byte SmpteBeats = 0x35;
    /// <summary>SMPTE lamp beside the time display (LED only): the display shows timecode.</summary>
    public const byte SmpteLed = 0x71;
    /// <summary>BEATS lamp beside the time display (LED only): the display shows bars|beats.</summary>
    public const byte BeatsLed = 0x72;
    /// <summary>First fader touch note (strip 0); master is <see cref="TouchMaster"/>.</summary>
    public const byte TouchBase = 0x68;
    /// <summary>Master fader touch.</summary>
    public const byte TouchMaster = 0x70;
    /// <summary>First V-Pot rotation CC (surface to host).</summary>
    public const byte VPotBase = 0x10;
    /// <summary>First V-Pot LED ring CC (host to surface).</summary>
    public const byte RingBase = 0x30;
    /// <summary>Jog wheel CC.</summary>
    public const byte Jog = 0x3C;
    /// <summary>First time code digit CC (rightmost); 10 digits.</summary>
    public const byte TimecodeBase = 0x40;
    /// <summary>Assignment display, right digit CC (left digit is +1).</summary>
    public const byte AssignmentBase = 0x4A;
    /// <summary>Characters per LCD line (55 visible).</summary>
    public const int LcdLineLength = 56;
    /// <summary>Characters per strip on the LCD.</summary>
    public const int LcdStripWidth = 7;
    /// <summary>Strips per unit.</summary>
    public const int StripsPerUnit = 8;
    /// <summary>Meter scale: level 0x0C is full deflection.</summary>
    public const int MeterFullScale = 0x0C;
}

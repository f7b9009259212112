namespace ControlSurface.Midi.Profiles;

/// <summary>How a button reports itself.</summary>
public enum ButtonMode : byte
{
    /// <summary>On when pressed, off when released.</summary>
    Momentary,
    /// <summary>The device latches: each message (on or off) is one press, reported as down then up.</summary>
    Toggle,
}

namespace ControlSurface.Firmware.Protocol;

/// <summary>What a reliable device event reports.</summary>
public enum EventKind : byte
{
    /// <summary>A pad was struck; the value is the velocity at the pad resolution.</summary>
    PadHit = 1,
    /// <summary>A button went down; the value is 0.</summary>
    ButtonDown = 2,
    /// <summary>A button came up; the value is 0.</summary>
    ButtonUp = 3,
    /// <summary>An encoder turned; the value is signed steps (clockwise positive).</summary>
    Encoder = 4,
}

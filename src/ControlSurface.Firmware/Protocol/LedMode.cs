namespace ControlSurface.Firmware.Protocol;

/// <summary>How an LED shows its colour.</summary>
public enum LedMode : byte
{
    /// <summary>Dark.</summary>
    Off = 0,
    /// <summary>Lit.</summary>
    On = 1,
    /// <summary>Blinking at about 2 Hz.</summary>
    Blink = 2,
}

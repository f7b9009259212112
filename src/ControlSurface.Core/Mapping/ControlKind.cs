namespace ControlSurface.Core.Mapping;

/// <summary>The four kinds of physical control a surface can have.</summary>
public enum ControlKind : byte
{
    /// <summary>A fader (motorized or not).</summary>
    Fader,
    /// <summary>A velocity-sensitive pad.</summary>
    Pad,
    /// <summary>A button.</summary>
    Button,
    /// <summary>A relative encoder (V-Pot, endless knob).</summary>
    Encoder,
}

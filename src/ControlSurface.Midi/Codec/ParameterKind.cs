namespace ControlSurface.Midi.Codec;

/// <summary>Which parameter number space a data entry addresses.</summary>
public enum ParameterKind : byte
{
    /// <summary>RPN, selected with CC 101 (MSB) and 100 (LSB); defined by the MIDI specification (0 = pitch bend range).</summary>
    Registered,

    /// <summary>NRPN, selected with CC 99 (MSB) and 98 (LSB); defined by each manufacturer.</summary>
    NonRegistered,
}

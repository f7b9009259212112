namespace ControlSurface.Midi.Profiles;

/// <summary>How a knob's control-change value reads.</summary>
/// <remarks>The relative encodings are the three in common use (names as in Ardour, REAPER and Bitwig).</remarks>
public enum KnobEncoding : byte
{
    /// <summary>A pot: the value is the position 0..127; turned into steps against the previous reading.</summary>
    Absolute,
    /// <summary>Relative, two's complement: 1..63 up, 127 = -1 .. 65 = -63.</summary>
    TwosComplement,
    /// <summary>Relative, sign and magnitude: bit 6 set means down; 1 = +1, 65 = -1.</summary>
    SignMagnitude,
    /// <summary>Relative, offset 64 (binary offset): 65 = +1, 63 = -1.</summary>
    Offset64,
}

namespace ControlSurface.Midi.Profiles;

/// <summary>Decodes and encodes the relative encoder encodings.</summary>
public static class RelativeValue
{
    /// <summary>Signed steps for a relative value (0 for <see cref="KnobEncoding.Absolute"/>).</summary>
    public static int Decode(KnobEncoding encoding, int value) => encoding switch
    {
        KnobEncoding.TwosComplement => value < 64 ? value : value - 128,
        KnobEncoding.SignMagnitude => (value & 0x40) != 0 ? -(value & 0x3F) : value & 0x3F,
        KnobEncoding.Offset64 => value - 64,
        _ => 0,
    };

    /// <summary>The byte a device sends for <paramref name="steps"/> (clamped to ±63).</summary>
    public static int Encode(KnobEncoding encoding, int steps)
    {
        steps = Math.Clamp(steps, -63, 63);
        return encoding switch
        {
            KnobEncoding.TwosComplement => steps & 0x7F,
            KnobEncoding.SignMagnitude => steps < 0 ? 0x40 | -steps : steps,
            KnobEncoding.Offset64 => steps + 64,
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "absolute knobs have no step encoding"),
        };
    }
}

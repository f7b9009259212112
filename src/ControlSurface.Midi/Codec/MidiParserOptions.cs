namespace ControlSurface.Midi.Codec;

/// <summary>How <see cref="MidiStreamParser"/> treats input it cannot take as is.</summary>
public sealed record MidiParserOptions
{
    /// <summary>The defaults: 65536-byte SysEx limit, overflowing SysEx discarded.</summary>
    public static MidiParserOptions Default { get; } = new();

    /// <summary>Largest SysEx body accepted, in bytes between F0 and F7. At least 1; default 65536.</summary>
    /// <remarks>The parser's buffer grows on demand up to this size and is then reused, so a large limit costs memory only when used.</remarks>
    public int MaxSysExLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The SysEx limit must be at least 1 byte.");
    } = 65536;

    /// <summary>What to do with a SysEx past the limit. Default <see cref="SysExOverflowPolicy.Discard"/>.</summary>
    public SysExOverflowPolicy SysExOverflow { get; init; } = SysExOverflowPolicy.Discard;
}

using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Profiles;

/// <summary>One MIDI address: message kind, channel and number (note, controller or NRPN number).</summary>
/// <param name="Kind">The message kind.</param>
/// <param name="Channel">The channel (zero-based).</param>
/// <param name="Number">Note 0..127, controller 0..127 (0..31 for 14-bit pairs), NRPN 0..16383; 0 for pitch bend.</param>
public readonly record struct MessageSource(SourceKind Kind, Channel Channel, int Number)
{
    /// <summary>How it reads in a profile file, e.g. "cc 16 ch 1".</summary>
    public override string ToString() => Kind switch
    {
        SourceKind.Note => $"note {Number} ch {Channel.Number}",
        SourceKind.ControlChange => $"cc {Number} ch {Channel.Number}",
        SourceKind.ControlChange14 => $"cc14 {Number}/{Number + 32} ch {Channel.Number}",
        SourceKind.Nrpn => $"nrpn {Number} ch {Channel.Number}",
        _ => $"pitchbend ch {Channel.Number}",
    };
}

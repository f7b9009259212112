namespace ControlSurface.Midi.Codec;

/// <summary>A problem in the byte stream and where it is.</summary>
/// <param name="Kind">What was wrong.</param>
/// <param name="Offset">Zero-based byte offset in the stream, counted from the parser's creation or last reset (see <see cref="MidiErrorKind"/> for which byte each kind points at).</param>
public readonly record struct MidiError(MidiErrorKind Kind, long Offset);

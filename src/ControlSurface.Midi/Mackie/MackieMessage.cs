namespace ControlSurface.Midi.Mackie;

/// <summary>One decoded Mackie Control message; a value type so decoding allocates nothing.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Index">Strip, note, digit or LCD offset, depending on <paramref name="Kind"/>.</param>
/// <param name="Value">Position, velocity, steps, code or level, depending on <paramref name="Kind"/>.</param>
/// <param name="Model">The SysEx model byte (0 for channel messages).</param>
public readonly record struct MackieMessage(MackieMessageKind Kind, int Index, int Value, byte Model = 0);

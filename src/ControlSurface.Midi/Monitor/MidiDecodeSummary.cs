namespace ControlSurface.Midi.Monitor;

/// <summary>What a decode run found.</summary>
/// <param name="Bytes">Bytes read.</param>
/// <param name="Messages">Short messages decoded.</param>
/// <param name="SysEx">SysEx messages delivered (complete or not).</param>
/// <param name="Errors">Problems reported.</param>
public sealed record MidiDecodeSummary(long Bytes, long Messages, long SysEx, long Errors);

namespace ControlSurface.Pi.Board;

/// <summary>One electrode of an MPR121 touch chip.</summary>
/// <param name="Chip">Id of the MPR121 chip.</param>
/// <param name="Electrode">Electrode number, 0..11.</param>
/// <param name="Path">Where the reference was declared.</param>
public sealed record ElectrodeRef(string Chip, int Electrode, string Path);

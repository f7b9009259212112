namespace ControlSurface.Pi.Board;

/// <summary>A touch pad on an MPR121 electrode.</summary>
/// <param name="Pad">Zero-based pad number on the surface.</param>
/// <param name="Touch">The electrode.</param>
/// <param name="Path">Where the pad was declared.</param>
public sealed record PadSpec(int Pad, ElectrodeRef Touch, string Path);

namespace ControlSurface.Midi.Profiles;

/// <summary>Which pressure messages a pad sends after the strike.</summary>
public enum AftertouchKind : byte
{
    /// <summary>No pressure.</summary>
    None,
    /// <summary>Polyphonic key pressure on the pad's note.</summary>
    Poly,
    /// <summary>Channel pressure, applied to the pad last struck on that channel.</summary>
    Channel,
}

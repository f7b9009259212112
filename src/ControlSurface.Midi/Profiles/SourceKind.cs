namespace ControlSurface.Midi.Profiles;

/// <summary>Which MIDI message a control sends (and, for feedback, receives).</summary>
public enum SourceKind : byte
{
    /// <summary>Note on/off (velocity is the value; note off or velocity 0 is a release).</summary>
    Note,
    /// <summary>A 7-bit control change.</summary>
    ControlChange,
    /// <summary>A 14-bit control change pair: MSB on CC n (0..31), LSB on CC n+32.</summary>
    ControlChange14,
    /// <summary>A non-registered parameter number (CC 99/98 select, CC 6/38 data).</summary>
    Nrpn,
    /// <summary>Pitch bend on the channel (14-bit).</summary>
    PitchBend,
}

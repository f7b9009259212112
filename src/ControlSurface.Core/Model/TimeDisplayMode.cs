namespace ControlSurface.Core.Model;

/// <summary>What the DAW's time display shows: timecode or bars|beats.</summary>
/// <remarks>On a Mackie Control the host says so with the SMPTE and BEATS lamps beside the display.</remarks>
public enum TimeDisplayMode
{
    /// <summary>Not said (no lamp lit yet, or a host that never lights them).</summary>
    Unknown,
    /// <summary>Hours, minutes, seconds, frames (the SMPTE lamp).</summary>
    Timecode,
    /// <summary>Bars, beats, subdivisions, ticks (the BEATS lamp).</summary>
    BarsBeats,
}

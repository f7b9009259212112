namespace ControlSurface.Core.Takes;

/// <summary>Where a take is in its life.</summary>
public enum TakeStatus : byte
{
    /// <summary>Recording now.</summary>
    Recording,
    /// <summary>Stopped and kept.</summary>
    Complete,
    /// <summary>Stopped and discarded (still listed, so the numbering matches the DAW's takes).</summary>
    Discarded,
    /// <summary>Started but never stopped: the program died mid-take. The start is known, the end is not.</summary>
    Interrupted,
}

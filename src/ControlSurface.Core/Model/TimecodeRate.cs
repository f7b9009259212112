namespace ControlSurface.Core.Model;

/// <summary>A SMPTE timecode frame rate.</summary>
public enum TimecodeRate
{
    /// <summary>24 frames per second (film).</summary>
    Fps24,
    /// <summary>25 frames per second (PAL/EBU).</summary>
    Fps25,
    /// <summary>29.97 (30000/1001) frames per second, drop-frame: labels ;00 and ;01 are skipped each minute except every tenth.</summary>
    Fps2997DropFrame,
    /// <summary>30 frames per second (non-drop).</summary>
    Fps30,
}

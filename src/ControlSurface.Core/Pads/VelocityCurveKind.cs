namespace ControlSurface.Core.Pads;

/// <summary>How a pad's raw strike strength becomes the velocity the workflow sees.</summary>
public enum VelocityCurveKind : byte
{
    /// <summary>Velocity equals the raw strike, 0..1.</summary>
    Linear,
    /// <summary>For a light hand: the square root of the raw strike, so soft hits already read loud.</summary>
    Soft,
    /// <summary>For a heavy hand: the square of the raw strike, so only firm hits read loud.</summary>
    Hard,
    /// <summary>Every strike above the threshold reads as the same fixed velocity.</summary>
    Fixed,
}

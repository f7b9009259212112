namespace ControlSurface.Core.Takes;

/// <summary>The producer's call on a take.</summary>
public enum TakeVerdict : byte
{
    /// <summary>No call yet.</summary>
    None,
    /// <summary>A keeper.</summary>
    Keeper,
    /// <summary>Rejected.</summary>
    Reject,
}

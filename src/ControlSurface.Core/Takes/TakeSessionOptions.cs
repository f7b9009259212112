namespace ControlSurface.Core.Takes;

/// <summary>Settings for a take session.</summary>
/// <param name="Songs">Songs to start with when the sheet has none (or to add after the sheet's); default one song, "Song 1".</param>
/// <param name="RequireArm">When true (the default), Record does nothing until Arm was hit: one stray pad hit never starts a take.</param>
public sealed record TakeSessionOptions(IReadOnlyList<string>? Songs = null, bool RequireArm = true)
{
    /// <summary>The name given to the song created by next-song after the last one.</summary>
    public static string NewSongName(int oneBasedNumber) => FormattableString.Invariant($"Song {oneBasedNumber}");
}

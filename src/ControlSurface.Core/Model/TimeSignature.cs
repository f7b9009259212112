namespace ControlSurface.Core.Model;

/// <summary>A meter (time signature) such as 4/4 or 6/8.</summary>
/// <param name="Beats">Beats per bar (the upper number), 1..64.</param>
/// <param name="BeatUnit">The note value of a beat (the lower number): 1, 2, 4, 8, 16, 32 or 64.</param>
public readonly record struct TimeSignature(int Beats, int BeatUnit)
{
    /// <summary>Common time, 4/4.</summary>
    public static TimeSignature CommonTime => new(4, 4);

    /// <summary>True when both numbers are in range and the beat unit is a power of two.</summary>
    public bool IsValid => Beats is >= 1 and <= 64 && BeatUnit is >= 1 and <= 64 && (BeatUnit & (BeatUnit - 1)) == 0;

    /// <summary>Throws when the signature is not valid.</summary>
    /// <returns>This signature.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="IsValid"/>.</exception>
    public TimeSignature Validate() => IsValid
        ? this
        : throw new ArgumentOutOfRangeException(nameof(TimeSignature), this, "A time signature needs 1..64 beats and a beat unit of 1, 2, 4, 8, 16, 32 or 64.");

    /// <summary>"4/4" style.</summary>
    /// <returns>The signature as text.</returns>
    public override string ToString() => $"{Beats}/{BeatUnit}";
}

namespace ControlSurface.Core.Takes;

/// <summary>Studio time spent on one song.</summary>
/// <param name="Song">The song.</param>
/// <param name="FirstTakeAt">Wall-clock start of its first take.</param>
/// <param name="LastTakeEndAt">Wall-clock end of its last take (its start when it has no end).</param>
/// <param name="Takes">Number of takes (discarded ones included: they took studio time).</param>
/// <param name="Keepers">Number of keepers.</param>
/// <param name="Recorded">Total length of its takes.</param>
public sealed record SongTime(string Song, DateTimeOffset FirstTakeAt, DateTimeOffset LastTakeEndAt, int Takes, int Keepers, TimeSpan Recorded)
{
    /// <summary>From the first take's start to the last take's end.</summary>
    public TimeSpan Span => LastTakeEndAt - FirstTakeAt;
}

namespace ControlSurface.Core.Takes;

/// <summary>Studio time on one calendar day.</summary>
/// <param name="Day">The day, in the report's time zone.</param>
/// <param name="FirstTakeAt">Wall-clock start of the day's first take.</param>
/// <param name="LastTakeEndAt">Wall-clock end of the day's last take.</param>
/// <param name="Takes">Takes started that day.</param>
/// <param name="Keepers">Keepers among them.</param>
/// <param name="Songs">Distinct songs worked on.</param>
/// <param name="Recorded">Total length of the day's takes.</param>
public sealed record DayTime(DateOnly Day, DateTimeOffset FirstTakeAt, DateTimeOffset LastTakeEndAt, int Takes, int Keepers, int Songs, TimeSpan Recorded)
{
    /// <summary>From the day's first take's start to its last take's end.</summary>
    public TimeSpan Span => LastTakeEndAt - FirstTakeAt;
}

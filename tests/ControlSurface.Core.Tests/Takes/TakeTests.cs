using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Tests.Takes;

public sealed class TakeTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Take New(long start, long? end, DateTimeOffset? endedAt) =>
        new("Song 1", 1, TakeStatus.Complete, start, end, 48_000, At, endedAt, [], 0, TakeVerdict.None, []);

    [Fact]
    public void Length_ComesFromTheTimelineWhenItMoved()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), New(48_000, 168_000, At.AddSeconds(9)).Length);
    }

    [Fact]
    public void Length_FallsBackToTheWallClockWhenThePositionStoodStill()
    {
        Assert.Equal(TimeSpan.FromSeconds(9), New(0, 0, At.AddSeconds(9)).Length);
    }

    [Fact]
    public void Length_IsUnknownWithoutAnEnd()
    {
        Assert.Null(New(0, null, null).Length);
    }
}

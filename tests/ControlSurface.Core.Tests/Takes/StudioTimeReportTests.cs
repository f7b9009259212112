using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Tests.Takes;

public sealed class StudioTimeReportTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 24, 22, 0, 0, TimeSpan.Zero);

    private static Take T(string song, int n, DateTimeOffset at, int seconds, TakeVerdict verdict = TakeVerdict.None) =>
        new(song, n, TakeStatus.Complete, 0, seconds * 48_000L, 48_000, at, at.AddSeconds(seconds), [], 0, verdict, []);

    [Fact]
    public void From_PerSong_SpansFirstTakeStartToLastTakeEnd_AndCountsKeepers()
    {
        Take[] takes =
        [
            T("Ballad", 2, Day1.AddMinutes(30), 200, TakeVerdict.Keeper),
            T("Ballad", 1, Day1, 180),
            T("Rocker", 1, Day1.AddMinutes(40), 120, TakeVerdict.Keeper),
        ];

        var report = StudioTimeReport.From(takes, TimeZoneInfo.Utc);

        var ballad = report.Songs[0];
        Assert.Equal(("Ballad", 2, 1), (ballad.Song, ballad.Takes, ballad.Keepers));
        Assert.Equal(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(200), ballad.Span);
        Assert.Equal(TimeSpan.FromSeconds(380), ballad.Recorded);
        Assert.Equal("Rocker", report.Songs[1].Song);
    }

    [Fact]
    public void From_PerDay_SplitsAtMidnightInTheGivenZone()
    {
        Take[] takes = [T("A", 1, Day1, 60), T("A", 2, Day1.AddHours(3), 60, TakeVerdict.Keeper), T("B", 1, Day1.AddHours(3.5), 60)];
        var plusThree = TimeZoneInfo.CreateCustomTimeZone("+3", TimeSpan.FromHours(3), "+3", "+3");

        var utc = StudioTimeReport.From(takes, TimeZoneInfo.Utc);
        var local = StudioTimeReport.From(takes, plusThree);

        Assert.Equal([new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 25)], utc.Days.Select(d => d.Day));
        Assert.Equal((2, 1, 2), (utc.Days[1].Takes, utc.Days[1].Keepers, utc.Days[1].Songs));
        Assert.Equal([new DateOnly(2026, 11, 25)], local.Days.Select(d => d.Day));
        Assert.Equal(TimeSpan.FromHours(3.5) + TimeSpan.FromMinutes(1), local.Days[0].Span);
    }

    [Fact]
    public void From_InterruptedTake_CountsWithItsStartAsItsEnd()
    {
        var t = T("A", 1, Day1, 60) with { Status = TakeStatus.Interrupted, EndSample = null, EndedAt = null };

        var song = StudioTimeReport.From([t], TimeZoneInfo.Utc).Songs.Single();

        Assert.Equal((1, TimeSpan.Zero, TimeSpan.Zero), (song.Takes, song.Span, song.Recorded));
    }
}

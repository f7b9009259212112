using ControlSurface.Core.Feedback;

namespace ControlSurface.Core.Tests.Feedback;

public sealed class FaderCauseLogTests
{
    private static FaderCauseEntry Move(int ms, MoveCause cause) => new(TimeSpan.FromMilliseconds(ms), cause, SuppressReason.None, ms / 100.0);

    [Fact]
    public void CopyTo_Full_KeepsTheNewestOldestFirst()
    {
        var log = new FaderCauseLog(2, 3);
        log.Add(1, Move(1, MoveCause.TargetUpdate));
        log.Add(1, Move(2, MoveCause.BankChange));
        log.Add(1, Move(3, MoveCause.Resync));
        log.Add(1, Move(4, MoveCause.ReleaseSettle));

        var buffer = new FaderCauseEntry[3];
        var n = log.CopyTo(1, buffer);

        Assert.Equal(3, n);
        Assert.Equal([MoveCause.BankChange, MoveCause.Resync, MoveCause.ReleaseSettle], buffer.Select(e => e.Cause));
        Assert.Equal(0, log.Count(0));
    }

    [Fact]
    public void Add_RepeatedSuppression_ReplacesTheLatestEntry()
    {
        var log = new FaderCauseLog(1, 4);
        log.Add(0, Move(1, MoveCause.TargetUpdate));
        log.Add(0, new FaderCauseEntry(TimeSpan.FromMilliseconds(2), MoveCause.None, SuppressReason.Touched, 0.3));
        log.Add(0, new FaderCauseEntry(TimeSpan.FromMilliseconds(3), MoveCause.None, SuppressReason.Touched, 0.4));

        Assert.Equal(2, log.Count(0));
        Assert.Equal(0.4, log.Last(0)!.Value.Value);
        Assert.Equal("touched", log.Last(0)!.Value.Label);
    }

    [Fact]
    public void Add_DistinctMoves_AreAllKept()
    {
        var log = new FaderCauseLog(1, 4);
        log.Add(0, Move(1, MoveCause.TargetUpdate));
        log.Add(0, Move(2, MoveCause.TargetUpdate));

        Assert.Equal(2, log.Count(0));
        Assert.Equal("targetUpdate", log.Last(0)!.Value.Label);
    }
}

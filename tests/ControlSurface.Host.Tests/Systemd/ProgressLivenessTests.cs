using ControlSurface.Host.Systemd;

namespace ControlSurface.Host.Tests.Systemd;

public sealed class ProgressLivenessTests
{
    [Fact]
    public void IsAlive_CounterStops_ReportsDead()
    {
        long ticks = 0;
        var liveness = new ProgressLiveness(() => ticks);

        var first = liveness.IsAlive();
        ticks += 5;
        var moving = liveness.IsAlive();
        var stuck = liveness.IsAlive();

        Assert.True(first);
        Assert.True(moving);
        Assert.False(stuck);
    }

    [Fact]
    public void IsAlive_OneOfTwoLoopsHangs_ReportsDead()
    {
        long engine = 0, poll = 0;
        var liveness = new ProgressLiveness(() => engine, () => poll);
        liveness.IsAlive();

        engine++;

        Assert.False(liveness.IsAlive());
    }
}

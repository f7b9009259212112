using ControlSurface.Core.Model;
using CsCheck;

namespace ControlSurface.Core.Tests.Model;

public sealed class SampleAccumulatorTests
{
    [Fact]
    public void Take_CarriesTheFraction()
    {
        var clock = new SampleAccumulator(44100);

        var first = clock.Take(TimeSpan.FromMilliseconds(1));
        var total = first;
        for (var i = 1; i < 10; i++)
        {
            total += clock.Take(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(44, first);
        Assert.Equal(441, total);
    }

    [Fact]
    public void Take_AnySplitOfTheSameTime_GivesTheSameTotal()
    {
        Gen.Long[1, 10_000_000].Array[1, 50].Sample(ticks =>
        {
            var clock = new SampleAccumulator(48000);
            long sum = 0, elapsed = 0;
            foreach (var t in ticks)
            {
                sum += clock.Take(TimeSpan.FromTicks(t));
                elapsed += t;
            }

            Assert.Equal(SampleAccumulator.ToSamples(TimeSpan.FromTicks(elapsed), 48000), sum);
        });
    }

    [Fact]
    public void Take_ZeroOrNegative_GivesNothingAndKeepsTheFraction()
    {
        var clock = new SampleAccumulator(1);
        Assert.Equal(0, clock.Take(TimeSpan.FromSeconds(0.5)));
        Assert.Equal(0, clock.Take(TimeSpan.FromSeconds(-5)));
        Assert.Equal(1, clock.Take(TimeSpan.FromSeconds(0.5)));
    }

    [Fact]
    public void Reset_DropsTheFraction()
    {
        var clock = new SampleAccumulator(1);
        clock.Take(TimeSpan.FromSeconds(0.5));

        clock.Reset();

        Assert.Equal(0, clock.Take(TimeSpan.FromSeconds(0.5))); // without the reset this would complete a sample
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleAccumulator(0));
    }
}

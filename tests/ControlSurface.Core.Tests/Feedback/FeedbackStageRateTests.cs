using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>Coalescing and budgets: latest value wins, at most one target per window, bytes per second, no queue.</summary>
public sealed class FeedbackStageRateTests
{
    [Fact]
    public void Flood_AtMostOneTargetPerFaderPerCoalescingWindow()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);
        var before = h.Sink.Targets(0).Count;
        var random = new Random(7);

        for (var i = 0; i < 1000; i++)
        {
            h.FromDaw(0, 0.45 + (random.NextDouble() * 0.1));
            h.Time.Advance(TimeSpan.FromTicks(1000));
            h.Stage.Tick();
        }

        var sent = h.Sink.Targets(0).Count - before;
        Assert.InRange(sent, 1, 11);
        Assert.True(h.Stage.Counters.Coalesced > 900);
    }

    [Fact]
    public void Flood_ThenQuiet_TargetEqualsModelValueWithinOneWindow()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);
        var random = new Random(11);
        var last = 0.0;
        for (var i = 0; i < 500; i++)
        {
            last = 0.49 + (random.NextDouble() * 0.02);
            h.FromDaw(0, last);
            h.Time.Advance(TimeSpan.FromTicks(2000));
            h.Stage.Tick();
        }

        h.Advance(h.Options.CoalescingWindow.TotalMilliseconds);

        Assert.Equal(last, h.Sink.LastTarget(0)!.Value, 9);
    }

    [Fact]
    public void LinkBudget_BytesPerSecondHoldUnderAFloodOnEveryFader()
    {
        var options = new FeedbackOptions { LinkBytesPerSecond = 3000, BytesPerFaderTarget = 3 };
        var layout = StageHarness.MotorBoard with { Faders = 32 };
        var h = new StageHarness(layout, options);
        var random = new Random(3);

        for (var ms = 0; ms < 1000; ms++)
        {
            for (var f = 0; f < 32; f++)
            {
                h.FromDaw(f, random.NextDouble());
            }

            h.Advance(1);
        }

        var bytes = h.Sink.Sent.Count(s => s.Command.Kind == FeedbackKind.FaderTarget) * 3;
        Assert.InRange(bytes, 2000, 3000 + 64);
    }

    [Fact]
    public void Indicators_LatestValueWins_AndDuplicatesAreNotResent()
    {
        var options = new FeedbackOptions { LinkBytesPerSecond = 300 };
        var h = new StageHarness(options: options);
        h.Advance(100);

        for (var i = 0; i < 500; i++)
        {
            h.Stage.Show(FeedbackCommand.Led(1, i % 2));
            h.Stage.Show(new FeedbackCommand(FeedbackKind.Meter, 2, i / 500.0));
        }

        Assert.InRange(h.Stage.PendingIndicators, 0, 2);
        h.Advance(200);
        Assert.Equal(0, h.Stage.PendingIndicators);
        Assert.Equal(1.0, h.Sink.Sent.Last(s => s.Command.Kind == FeedbackKind.Led).Command.Value);
        Assert.Equal(499 / 500.0, h.Sink.Sent.Last(s => s.Command.Kind == FeedbackKind.Meter).Command.Value);
        var count = h.Sink.Sent.Count;
        h.Stage.Show(FeedbackCommand.Led(1, 1));
        Assert.Equal(count, h.Sink.Sent.Count);
    }

    [Fact]
    public void Indicators_OutsideTheLayout_PassStraightThrough()
    {
        var h = new StageHarness();

        h.Stage.Show(FeedbackCommand.Led(500, 1));

        Assert.Equal(1, h.Stage.IndicatorsPassedThrough);
        Assert.Equal(500, h.Sink.Sent.Single().Command.Control);
    }
}

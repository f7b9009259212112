using ControlSurface.Core.Feedback;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>Jitter: ±3 LSB of ADC noise never makes a model change or a motor move.</summary>
public sealed class FeedbackStageJitterTests
{
    [Fact]
    public void Noise_ThreeLsbAroundARestingFader_MakesNoModelChange()
    {
        var h = new StageHarness();
        h.Grab(0);
        h.Move(0, 512);
        var random = new Random(5);

        var changes = 0;
        for (var i = 0; i < 5000; i++)
        {
            changes += h.Move(0, 512 + random.Next(-3, 4)) is null ? 0 : 1;
            h.Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(0, changes);
    }

    [Fact]
    public void Noise_AfterAMoveStops_NeverReversesAndStopsCreeping()
    {
        var h = new StageHarness();
        h.Grab(0);
        h.Move(0, 300);
        for (var lsb = 301; lsb <= 512; lsb++)
        {
            h.Move(0, lsb);
            h.Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var random = new Random(9);
        var values = new List<double>();
        for (var i = 0; i < 5000; i++)
        {
            if (h.Move(0, 512 + random.Next(-3, 4)) is { } v)
            {
                values.Add(v);
            }

            h.Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.All(values, v => Assert.InRange(v * 1023, 512.5, 515.5));
        Assert.Equal(values.Order(), values);
    }

    [Fact]
    public void SlowMove_OneLsbPerReading_PassesEveryStep()
    {
        var h = new StageHarness();
        h.Grab(0);
        h.Move(0, 100);
        Assert.NotNull(h.Move(0, 110));

        var accepted = 0;
        for (var lsb = 111; lsb < 200; lsb++)
        {
            accepted += h.Move(0, lsb) is null ? 0 : 1;
            h.Time.Advance(TimeSpan.FromMilliseconds(5));
        }

        Assert.Equal(89, accepted);
    }

    [Fact]
    public void Noise_AroundAMotorTarget_CausesNoModelChangeAndNoMotorHunting()
    {
        var h = new StageHarness(layout: StageHarness.MotorBoard with { TouchSensing = false });
        h.Settle(0, 512 / 1023.0);
        var targets = h.Sink.Targets(0).Count;
        var random = new Random(1);

        var changes = 0;
        for (var i = 0; i < 3000; i++)
        {
            changes += h.Move(0, 512 + random.Next(-3, 4)) is null ? 0 : 1;
            h.Advance(1);
        }

        Assert.Equal(0, changes);
        Assert.Equal(targets, h.Sink.Targets(0).Count);
        Assert.False(h.Stage.IsTouched(0));
    }

    [Fact]
    public void FirstReading_OnlyAnchorsThePosition()
    {
        var h = new StageHarness();

        Assert.Null(h.Move(0, 700));
    }

    [Fact]
    public void FirstReading_WithTheSensorDown_IsAMove()
    {
        var h = new StageHarness();
        h.Touch(0);

        Assert.Equal(700 / 1023.0, h.Move(0, 700));
    }
}

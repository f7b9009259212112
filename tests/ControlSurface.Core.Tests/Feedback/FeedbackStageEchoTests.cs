using ControlSurface.Core.Feedback;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>Echo suppression: the DAW's echo of this surface's own move is not a motor move.</summary>
public sealed class FeedbackStageEchoTests
{
    [Fact]
    public void Echo_SameValueInsideWindow_IsSuppressedAndCounted()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);
        h.Grab(0);
        var sent = h.Move(0, 700)!.Value;

        h.Advance(5);
        h.FromDaw(0, sent);

        Assert.Equal(1, h.Stage.Counters.EchoesSuppressed);
        Assert.Equal(0, h.Stage.Counters.TouchHolds);
        Assert.Equal(SuppressReason.Echo, h.Causes(0)[^1].Reason);
    }

    [Fact]
    public void Echo_OffByOne_IsStillAnEcho()
    {
        var h = new StageHarness(layout: StageHarness.MotorBoard with { TouchSensing = false });
        h.Settle(0, 0.5);
        h.Advance(300);
        var sent = h.Move(0, 700)!.Value;
        var before = h.Sink.Targets(0).Count;

        h.FromDaw(0, sent + (1.0 / 1023));

        Assert.Equal(1, h.Stage.Counters.EchoesSuppressed);
        Assert.Equal(before, h.Sink.Targets(0).Count);
    }

    [Fact]
    public void Echo_AfterTheWindow_IsATargetUpdate()
    {
        var h = new StageHarness(options: new FeedbackOptions { EchoWindow = TimeSpan.FromMilliseconds(50) });
        h.Settle(0, 0.5);
        h.Grab(0);
        var sent = h.Move(0, 700)!.Value;
        h.Release(0);

        h.Advance(60);
        h.FromDaw(0, sent);

        Assert.Equal(0, h.Stage.Counters.EchoesSuppressed);
        Assert.Equal(SuppressReason.Settling, h.Causes(0)[^1].Reason);
    }

    [Fact]
    public void Echo_OfAnOlderValueDuringSettle_DoesNotSnapTheFaderBack()
    {
        var h = new StageHarness();
        h.Settle(0, 0.2);
        h.Grab(0);
        var values = new[] { h.Move(0, 300)!.Value, h.Move(0, 400)!.Value, h.Move(0, 500)!.Value };
        h.Release(0);

        h.Advance(10);
        h.FromDaw(0, values[0]);
        h.FromDaw(0, values[1]);
        h.Advance(100);
        h.FromDaw(0, values[2]);
        h.Advance(400);

        Assert.Equal(3, h.Stage.Counters.EchoesSuppressed);
        Assert.Equal(values[2], h.Stage.ModelValue(0), 9);
        Assert.Equal(values[2], h.Sink.LastTarget(0)!.Value, 6);
        Assert.DoesNotContain(h.Sink.Targets(0).Skip(1), t => Math.Abs(t - values[0]) < 0.001);
    }

    [Fact]
    public void Echo_EveryPitchBendEchoedWhileHeld_NeverMovesTheMotor()
    {
        var h = new StageHarness();
        h.Settle(0, 0.2);
        h.Grab(0);
        var before = h.Sink.Targets(0).Count;

        for (var lsb = 210; lsb < 800; lsb += 3)
        {
            var v = h.Move(0, lsb);
            h.Advance(1);
            if (v is { } value)
            {
                h.FromDaw(0, value);
            }
        }

        Assert.Equal(before, h.Sink.Targets(0).Count);
        Assert.True(h.Stage.Counters.EchoesSuppressed > 100);
    }

    [Fact]
    public void BankChange_ClearsEchoMemory_SoTheNewStripsValueIsDriven()
    {
        var h = new StageHarness(layout: StageHarness.MotorBoard with { TouchSensing = false });
        h.Settle(0, 0.5);
        h.Advance(300);
        var sent = h.Move(0, 700)!.Value;
        h.Advance(300);

        h.Stage.BeginBank();
        h.FromDaw(0, sent);
        h.Stage.CompleteBank();

        Assert.Equal(0, h.Stage.Counters.EchoesSuppressed);
        Assert.Equal(MoveCause.BankChange, h.Causes(0).Last(c => c.IsMove).Cause);
    }

    [Fact]
    public void Echo_OfAnOlderValueWhileIdle_IsHeldThenFollowedIfTheNewestNeverComes()
    {
        var h = new StageHarness();
        h.Settle(0, 0.2);
        h.Grab(0);
        var older = h.Move(0, 300)!.Value;
        var newest = h.Move(0, 400)!.Value;
        h.Release(0);
        h.Advance(h.Options.SettleTime.TotalMilliseconds + 20);
        Assert.NotEqual(FaderOwnership.Settling, h.Stage.Ownership(0));
        var before = h.Sink.Targets(0).Count;

        h.FromDaw(0, older);
        h.Advance(h.Options.SettleTime.TotalMilliseconds - 10);
        Assert.Equal(before, h.Sink.Targets(0).Count);
        h.Advance(300);

        Assert.Equal(older, h.Sink.LastTarget(0)!.Value, 9);
        Assert.NotEqual(newest, h.Stage.ModelValue(0));
    }
}

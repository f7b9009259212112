using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>Ownership and touch: a touched fader is never driven; sensor debounce; movement fallback; settling.</summary>
public sealed class FeedbackStageTouchTests
{
    [Fact]
    public void Touch_HeldPastDebounce_HoldsTargetUpdates()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);
        var before = h.Sink.Targets(0).Count;

        h.Grab(0);
        h.FromDaw(0, 0.9);
        h.Advance(50);

        Assert.Equal(FaderOwnership.UserTouched, h.Stage.Ownership(0));
        Assert.Equal(before, h.Sink.Targets(0).Count);
        Assert.Equal(1, h.Stage.Counters.TouchHolds);
        Assert.Equal([(0, true)], h.Sink.Touches);
        Assert.Equal(SuppressReason.Touched, h.Causes(0)[^1].Reason);
    }

    [Fact]
    public void Touch_ShorterThanDebounce_IsMainsHumNotATouch()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);

        for (var i = 0; i < 10; i++)
        {
            h.Touch(0);
            h.Advance(10);
            h.Release(0);
            h.Advance(10);
        }

        Assert.Empty(h.Sink.Touches);
        Assert.False(h.Stage.IsTouched(0));
        Assert.NotEqual(FaderOwnership.UserTouched, h.Stage.Ownership(0));
    }

    [Fact]
    public void Touch_WhileDebouncing_PausesTheMotor()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);
        var before = h.Sink.Targets(0).Count;

        h.Touch(0);
        h.FromDaw(0, 0.9);
        h.Advance(5);

        Assert.Equal(before, h.Sink.Targets(0).Count);
    }

    [Fact]
    public void Release_HoldsTheKnobWhereTheHandLeftIt_WaitsSettleTime_ThenGlidesToTheModelValue()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);
        h.Grab(0);
        var left = h.Move(0, 600)!.Value;
        h.FromDaw(0, 0.9);
        var before = h.Sink.Targets(0).Count;

        h.Release(0);
        h.Advance(h.Options.SettleTime.TotalMilliseconds - 5);
        Assert.Equal(before + 1, h.Sink.Targets(0).Count);
        Assert.Equal(left, h.Sink.LastTarget(0)!.Value, 6);
        Assert.Equal(FaderOwnership.Settling, h.Stage.Ownership(0));

        h.Advance(500);
        var causes = h.Causes(0).Where(c => c.IsMove).ToList();
        Assert.Contains(causes, c => c.Cause == MoveCause.ReleaseSettle);
        Assert.Equal(0.9, h.Sink.LastTarget(0)!.Value, 6);
    }

    [Fact]
    public void Release_AfterAHandMove_SendsTheHandsPositionAtOnceSoFirmwareDoesNotPullTheKnobBack()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);
        h.Grab(0);
        var value = h.Move(0, 700)!.Value;
        var before = h.Sink.Targets(0).Count;

        h.Release(0);

        Assert.Equal(before + 1, h.Sink.Targets(0).Count);
        Assert.Equal(value, h.Sink.LastTarget(0)!.Value, 6);
        Assert.Equal(MoveCause.ReleaseHold, h.Causes(0).Last(c => c.IsMove).Cause);
    }

    [Fact]
    public void Release_ModelValueIsWhereTheHandLeftIt_NothingMoreAfterTheSettleTime()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);
        h.Grab(0);
        h.Move(0, 700);
        h.Release(0);
        var atRelease = h.Sink.Targets(0).Count;

        h.Advance(h.Options.SettleTime.TotalMilliseconds + 400);

        Assert.Equal(atRelease, h.Sink.Targets(0).Count);
        Assert.Equal(FaderOwnership.Idle, h.Stage.Ownership(0));
    }

    [Fact]
    public void Release_WithoutAHandMove_SendsNoHold()
    {
        var h = new StageHarness();
        h.Settle(0, 0.5);
        h.Grab(0);
        var before = h.Sink.Targets(0).Count;

        h.Release(0);

        Assert.Equal(before, h.Sink.Targets(0).Count);
    }

    [Fact]
    public void Touch_ReportedAfterATargetWentOut_KnobStillWhereItWas_IsNotAHandMove()
    {
        // The hand grabbed the knob just as the DAW moved the strip: the first motor step went out before the touch
        // arrived, and the knob (held) never left its place. Its reading there must not pull the strip back.
        var h = new StageHarness();
        h.Settle(0, 0.78);
        h.MoveTo(0, 0.78);
        h.FromDaw(0, 0.3);
        h.Advance(10);
        Assert.True(h.Sink.LastTarget(0) < 0.77);

        h.Grab(0);
        var moved = h.MoveTo(0, 0.779);

        Assert.Null(moved);
        Assert.Equal(0.3, h.Stage.ModelValue(0), 9);
    }

    [Fact]
    public void Touch_ThenARealMoveAfterATargetWentOut_IsAHandMove()
    {
        var h = new StageHarness();
        h.Settle(0, 0.78);
        h.MoveTo(0, 0.78);
        h.FromDaw(0, 0.3);
        h.Advance(10);
        h.Grab(0);
        h.MoveTo(0, 0.779);

        var moved = h.MoveTo(0, 0.7);

        Assert.NotNull(moved);
        Assert.Equal(0.7, moved!.Value, 3);
    }

    [Fact]
    public void HandGrabsAGlidingKnob_OnceTheTouchCounts_ThePlaceItHoldsTheKnobIsAMove()
    {
        var h = new StageHarness();
        h.Settle(0, 0.2);
        h.MoveTo(0, 0.2);
        h.FromDaw(0, 0.8);
        h.Advance(100);
        var onTheWay = h.Stage.LastTarget(0) - 0.05;

        h.Touch(0);
        Assert.Null(h.MoveTo(0, onTheWay));               // on the motor's path while the touch is being debounced
        h.Advance(h.Options.TouchDebounce.TotalMilliseconds + 1);
        var moved = h.MoveTo(0, onTheWay);                  // the board's periodic report of the same place

        Assert.True(moved is not null, $"touched {h.Stage.IsTouched(0)} {h.Stage.Ownership(0)} {string.Join(" ", h.Causes(0))}");
        Assert.Equal(onTheWay, moved!.Value, 6);
    }

    [Fact]
    public void MotorCreepingOntoItsTarget_AfterTheSettleTime_IsNotAHand()
    {
        var h = new StageHarness(StageHarness.MotorBoard with { TouchSensing = false });
        h.Settle(0, 0.2);
        h.FromDaw(0, 0.5);
        while (h.Stage.LastTarget(0) < 0.5)
            h.Advance(5);
        Assert.Null(h.MoveTo(0, 0.485));                    // on its way, inside the settle time
        h.Advance(h.Options.MotorSettleTime.TotalMilliseconds + 100);

        var creep = h.MoveTo(0, 0.495);

        Assert.Null(creep);
        Assert.False(h.Stage.IsTouched(0));
    }

    [Fact]
    public void KnobMovingAwayFromItsTarget_AfterTheSettleTime_IsAHand()
    {
        var h = new StageHarness(StageHarness.MotorBoard with { TouchSensing = false });
        h.Settle(0, 0.2);
        h.FromDaw(0, 0.5);
        while (h.Stage.LastTarget(0) < 0.5)
            h.Advance(5);
        Assert.Null(h.MoveTo(0, 0.495));                    // arrived, inside the settle time
        h.Advance(h.Options.MotorSettleTime.TotalMilliseconds + 100);

        var moved = h.MoveTo(0, 0.485);

        Assert.NotNull(moved);
        Assert.True(h.Stage.IsTouched(0));
    }

    [Fact]
    public void MixedLayout_FaderWithoutMotor_PicksUpWhileTheMotorFaderIsDriven()
    {
        var h = new StageHarness(StageHarness.MotorBoard with { FadersWithoutMotor = 0b10 });
        h.FromDaw(0, 0.5);
        h.FromDaw(1, 0.5);
        h.Advance(400);
        h.Move(1, 100);

        var moved = h.Move(1, 200);

        Assert.Null(moved);
        Assert.Equal(1, h.Stage.Counters.PickupWaits);
        Assert.NotEmpty(h.Sink.Targets(0));
        Assert.Empty(h.Sink.Targets(1));
    }

    [Fact]
    public void MovementFallback_WithoutSensor_MoveCountsAsTouchUntilStill()
    {
        var layout = StageHarness.MotorBoard with { TouchSensing = false };
        var h = new StageHarness(layout);
        h.Settle(0, 0.5);
        h.Advance(200);

        Assert.NotNull(h.Move(0, 300));
        h.FromDaw(0, 0.9);
        h.Advance(h.Options.StillTimeout.TotalMilliseconds - 10);
        Assert.True(h.Stage.IsTouched(0));
        Assert.Equal(1, h.Stage.Counters.TouchHolds);

        h.Advance(20);
        Assert.False(h.Stage.IsTouched(0));
        h.Advance(h.Options.SettleTime.TotalMilliseconds + 400);
        Assert.Equal([(0, true), (0, false)], h.Sink.Touches);
        Assert.Equal(0.9, h.Sink.LastTarget(0)!.Value, 6);
    }

    [Fact]
    public void MovementOnlyMode_IgnoresTheTouchSensor()
    {
        var h = new StageHarness(options: new FeedbackOptions { TouchMode = TouchMode.MovementOnly });
        h.Settle(0, 0.5);

        h.Grab(0);

        Assert.False(h.Stage.IsTouched(0));
        Assert.Empty(h.Sink.Touches);
    }

    [Fact]
    public void MotorTravel_ReadingsOnTheMotorsPath_AreNotAHand()
    {
        var layout = StageHarness.MotorBoard with { TouchSensing = false };
        var h = new StageHarness(layout);
        h.Settle(0, 0.2);

        h.FromDaw(0, 0.8);
        h.Advance(30);
        var midway = h.Stage.LastTarget(0);
        var forwarded = h.MoveTo(0, midway - 0.01);

        Assert.Null(forwarded);
        Assert.False(h.Stage.IsTouched(0));
        h.Advance(400);
        Assert.Equal(0.8, h.Sink.LastTarget(0)!.Value, 6);
    }

    [Fact]
    public void HandOnMovingFader_FarFromItsPath_TakesOverWithoutSensor()
    {
        var layout = StageHarness.MotorBoard with { TouchSensing = false };
        var h = new StageHarness(layout);
        h.Settle(0, 0.2);
        h.FromDaw(0, 0.8);
        h.Advance(30);
        var sent = h.Sink.Targets(0).Count;

        var forwarded = h.MoveTo(0, 0.05);
        h.Advance(100);

        Assert.NotNull(forwarded);
        Assert.True(h.Stage.IsTouched(0));
        Assert.Equal(sent, h.Sink.Targets(0).Count);
    }

    [Fact]
    public void ButtonsPadsAndEncoders_AlwaysPassThroughUnchanged()
    {
        var h = new StageHarness();
        ControlEvent[] events =
        [
            new(0, ControlEventKind.PadHit, 3, 0.7),
            new(0, ControlEventKind.ButtonDown, 5, 1),
            new(0, ControlEventKind.ButtonUp, 5, 0),
            new(0, ControlEventKind.EncoderTurned, 2, -3),
            new(0, ControlEventKind.PadPressure, 3, 0.2),
        ];

        foreach (var e in events)
        {
            Assert.True(h.Stage.OnControl(e, out var forward));
            Assert.Equal(e, forward);
        }
    }
}

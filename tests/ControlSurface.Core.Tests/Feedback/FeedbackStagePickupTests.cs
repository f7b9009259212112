using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>Faders without motors: soft takeover per control, the pickup counter and the direction hint.</summary>
public sealed class FeedbackStagePickupTests
{
    private static readonly SurfaceLayout NoMotors = new(8, MotorizedFaders: false, TouchSensing: false, Pads: 0, Buttons: 0, Encoders: 0, DisplayLines: 2, DisplayCharacters: 7);

    [Fact]
    public void NonMotorFader_BelowTheValue_WaitsAndCountsPickupWaits()
    {
        var h = new StageHarness(NoMotors);
        h.FromDaw(0, 0.5);
        h.Move(0, 100);

        var moved = h.Move(0, 200);

        Assert.Null(moved);
        Assert.Equal(1, h.Stage.Counters.PickupWaits);
        Assert.Equal(SuppressReason.PickupWait, h.Causes(0)[^1].Reason);
        Assert.DoesNotContain(h.Sink.Sent, s => s.Command.Kind == FeedbackKind.FaderTarget);
    }

    [Fact]
    public void NonMotorFader_CrossingTheValue_TakesOver()
    {
        var h = new StageHarness(NoMotors);
        h.FromDaw(0, 0.5);
        h.Move(0, 400);

        var moved = h.Move(0, 530);

        Assert.Equal(530 / 1023.0, moved!.Value, 9);
        Assert.Equal(530 / 1023.0, h.Stage.ModelValue(0), 9);
    }

    [Fact]
    public void PickupMode_ChosenPerControl()
    {
        var h = new StageHarness(NoMotors);
        h.Stage.Takeover(1).Mode = PickupMode.Jump;
        h.FromDaw(0, 0.5);
        h.FromDaw(1, 0.5);
        h.Move(0, 100);
        h.Move(1, 100);

        Assert.Null(h.Move(0, 120));
        Assert.NotNull(h.Move(1, 120));
    }

    [Fact]
    public void PickupModes_FromOptions_ApplyPerFaderAndTheRestUseTheDefault()
    {
        var h = new StageHarness(NoMotors, new FeedbackOptions { PickupMode = PickupMode.Pickup, PickupModes = [PickupMode.Jump, PickupMode.Scale] });

        Assert.Equal(PickupMode.Jump, h.Stage.Takeover(0).Mode);
        Assert.Equal(PickupMode.Scale, h.Stage.Takeover(1).Mode);
        Assert.Equal(PickupMode.Pickup, h.Stage.Takeover(2).Mode);
    }

    [Fact]
    public void DirectionHint_Leds_ShowUpThenClearOnPickup()
    {
        var h = new StageHarness(NoMotors, new FeedbackOptions { PickupHint = PickupHintStyle.Leds, PickupHintLedBase = 40 });
        h.FromDaw(2, 0.5);
        h.Move(2, 100);
        h.Move(2, 150);

        var up = h.Sink.Sent.Where(s => s.Command.Kind == FeedbackKind.Led).Select(s => (s.Command.Control, s.Command.Value)).ToList();
        Assert.Equal([(44, 1.0), (45, 0.0)], up);

        h.Move(2, 600);
        var after = h.Sink.Sent.Where(s => s.Command.Kind == FeedbackKind.Led).Skip(2).Select(s => (s.Command.Control, s.Command.Value)).ToList();
        Assert.Equal([(44, 0.0), (45, 0.0)], after);
    }

    [Fact]
    public void DirectionHint_Text_ShowsAnArrowOnTheConfiguredLine()
    {
        var h = new StageHarness(NoMotors, new FeedbackOptions { PickupHint = PickupHintStyle.Text, PickupHintTextLine = 1 });
        h.FromDaw(0, 0.2);
        h.Move(0, 900);
        h.Move(0, 880);

        var text = h.Sink.Sent.Single(s => s.Command.Kind == FeedbackKind.Text).Command;
        Assert.Equal(1, text.Color);
        Assert.Equal("\u25BC", text.Text);
    }

    [Fact]
    public void DawMovesThePickedUpValue_FaderMustPickUpAgain()
    {
        var h = new StageHarness(NoMotors);
        h.FromDaw(0, 0.5);
        h.Move(0, 400);
        h.Move(0, 530);

        h.FromDaw(0, 0.9);

        Assert.Null(h.Move(0, 560));
        Assert.Equal(0.9, h.Stage.ModelValue(0));
    }
}

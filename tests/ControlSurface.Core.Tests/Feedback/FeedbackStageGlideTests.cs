using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>Glides and banks: speed limits, gentle start-up and bank glides, the bank re-send order, held faders.</summary>
public sealed class FeedbackStageGlideTests
{
    [Fact]
    public void Glide_FullThrow_NeverExceedsTheMotorSpeed()
    {
        var h = new StageHarness();
        h.Settle(0, 0);
        var before = h.Sink.Sent.Count;

        h.FromDaw(0, 1);
        h.Advance(400);

        var steps = h.Sink.Sent.Skip(before).Where(s => s.Command.Kind == FeedbackKind.FaderTarget).ToList();
        var maxStep = h.Options.MotorSpeed * h.Options.CoalescingWindow.TotalSeconds;
        var previous = 0.0;
        foreach (var (_, command) in steps)
        {
            Assert.InRange(command.Value - previous, 0, maxStep + 1e-9);
            previous = command.Value;
        }

        Assert.Equal(1.0, previous, 9);
        Assert.Equal(MoveCause.TargetUpdate, h.Causes(0).First(c => c.IsMove && c.Value > 0).Cause);
    }

    [Fact]
    public void Resync_GlidesGentlyFromWhereTheKnobIs()
    {
        var h = new StageHarness();
        h.Move(0, 200);

        h.Stage.Resync();
        h.FromDaw(0, 0.8);
        h.Advance(1000);

        var targets = h.Sink.Targets(0);
        var gentle = h.Options.GlideSpeed * h.Options.CoalescingWindow.TotalSeconds;
        Assert.InRange(targets[0] - (200 / 1023.0), 0, gentle + 1e-9);
        Assert.Equal(0.8, targets[^1], 9);
        Assert.Equal(MoveCause.Resync, h.Causes(0).First(c => c.IsMove).Cause);
    }

    [Fact]
    public void BankSwitch_ResendsTextsThenLedsThenGlides_NothingBeforeAllValuesAreIn()
    {
        var h = new StageHarness();
        h.Settle(0, 0.2);
        h.Stage.Show(FeedbackCommand.Display(0, 0, "Kick"));
        h.Stage.Show(FeedbackCommand.Led(0, 1));
        var before = h.Sink.Sent.Count;

        h.Stage.BeginBank();
        h.Stage.Show(FeedbackCommand.Led(0, 0));
        h.Stage.Show(FeedbackCommand.Display(0, 0, "Vox"));
        h.FromDaw(0, 0.9);
        Assert.Equal(before, h.Sink.Sent.Count);
        h.Stage.CompleteBank();
        h.Advance(800);

        var kinds = h.Sink.Sent.Skip(before).Select(s => s.Command.Kind).ToList();
        Assert.Equal(FeedbackKind.Text, kinds[0]);
        Assert.True(kinds.IndexOf(FeedbackKind.Led) < kinds.IndexOf(FeedbackKind.FaderTarget));
        Assert.Single(h.Sink.Sent.Skip(before), s => s.Command.Kind == FeedbackKind.Led);
        Assert.Equal(0.0, h.Sink.Sent.Skip(before).Single(s => s.Command.Kind == FeedbackKind.Led).Command.Value);
        Assert.Equal(MoveCause.BankChange, h.Causes(0).First(c => c.IsMove && c.Value > 0.2).Cause);
        var gentle = h.Options.GlideSpeed * h.Options.CoalescingWindow.TotalSeconds;
        var targets = h.Sink.Targets(0).Skip(1).ToList();
        Assert.All(targets.Zip(targets.Skip(1)), p => Assert.InRange(p.Second - p.First, 0, gentle + 1e-9));
        Assert.Equal(0.9, targets[^1], 9);
    }

    [Fact]
    public void BankSwitch_FaderHeld_IsNotRetargetedAndItsMovesDoNotReachTheNewStrip()
    {
        var h = new StageHarness();
        h.Settle(0, 0.2);
        h.Grab(0);
        var before = h.Sink.Targets(0).Count;

        h.Stage.BeginBank();
        h.FromDaw(0, 0.9);
        h.Stage.CompleteBank();
        var moved = h.Move(0, 400);
        h.Advance(100);

        Assert.Null(moved);
        Assert.Equal(before, h.Sink.Targets(0).Count);
        Assert.Equal(SuppressReason.HeldAcrossBank, h.Causes(0)[^1].Reason);

        h.Release(0);
        h.Advance(600);
        Assert.Equal(0.9, h.Sink.LastTarget(0)!.Value, 9);

        h.Grab(0);
        Assert.NotNull(h.Move(0, 500));
    }

    [Fact]
    public void BankSwitch_WithoutCompleteBank_CompletesOnTheNextTick()
    {
        var h = new StageHarness();
        h.Settle(0, 0.2);

        h.Stage.BeginBank();
        h.FromDaw(0, 0.6);
        h.Advance(600);

        Assert.False(h.Stage.BankSwitching);
        Assert.Equal(0.6, h.Sink.LastTarget(0)!.Value, 9);
    }
}

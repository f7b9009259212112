using ControlSurface.Core.Feedback;

namespace ControlSurface.Core.Tests.Feedback;

public sealed class SoftTakeoverTests
{
    [Fact]
    public void Jump_FirstMove_TakesTheValueAtOnce()
    {
        var t = new SoftTakeover(PickupMode.Jump, 0.02);

        var r = t.Move(0.1, 0.8);

        Assert.Equal(new PickupResult(true, 0.1, PickupDirection.None), r);
    }

    [Fact]
    public void Pickup_BelowTheValue_WaitsAndHintsUpUntilCrossing()
    {
        var t = new SoftTakeover(PickupMode.Pickup, 0.02);

        var first = t.Move(0.1, 0.5);
        var second = t.Move(0.49, 0.5);
        var crossed = t.Move(0.52, 0.5);
        var after = t.Move(0.3, 0.52);

        Assert.Equal(new PickupResult(false, 0.5, PickupDirection.Up), first);
        Assert.False(second.Accepted);
        Assert.Equal(new PickupResult(true, 0.52, PickupDirection.None), crossed);
        Assert.True(after.Accepted);
    }

    [Fact]
    public void Pickup_AboveTheValue_HintsDown()
    {
        var t = new SoftTakeover(PickupMode.Pickup, 0.02);

        var r = t.Move(0.9, 0.5);

        Assert.Equal(PickupDirection.Down, r.Hint);
        Assert.Equal(PickupDirection.Down, t.Hint);
    }

    [Fact]
    public void PickupTolerant_WithinTolerance_PicksUpWithoutCrossing()
    {
        var strict = new SoftTakeover(PickupMode.Pickup, 0.02);
        var tolerant = new SoftTakeover(PickupMode.PickupTolerant, 0.02);

        strict.Move(0.2, 0.5);
        tolerant.Move(0.2, 0.5);

        Assert.False(strict.Move(0.49, 0.5).Accepted);
        Assert.True(tolerant.Move(0.49, 0.5).Accepted);
    }

    [Fact]
    public void Scale_MovingUp_ValueMeetsTheControlAtTheTop()
    {
        var t = new SoftTakeover(PickupMode.Scale, 0.02);
        t.Move(0.2, 0.6);

        var value = 0.6;
        for (var p = 0.3; p <= 1.0001; p += 0.1)
        {
            var r = t.Move(Math.Min(p, 1), value);
            Assert.True(r.Accepted);
            Assert.True(r.Value >= value);
            value = r.Value;
        }

        Assert.Equal(1.0, value, 6);
    }

    [Fact]
    public void Scale_MovingDown_ValueMovesProportionallyTowardsZero()
    {
        var t = new SoftTakeover(PickupMode.Scale, 0.02);
        t.Move(0.8, 0.3);

        var r = t.Move(0.4, 0.3);

        Assert.True(r.Accepted);
        Assert.Equal(0.15, r.Value, 9);
        Assert.False(t.PickedUp);
    }

    [Fact]
    public void ValueChanged_AwayFromThePickedUpControl_RequiresPickupAgain()
    {
        var t = new SoftTakeover(PickupMode.Pickup, 0.02);
        t.Move(0.5, 0.5);
        Assert.True(t.PickedUp);

        t.ValueChanged(0.9);

        Assert.False(t.PickedUp);
        Assert.Equal(PickupDirection.Up, t.Hint);
        Assert.False(t.Move(0.55, 0.9).Accepted);
    }

    [Fact]
    public void ValueChanged_WithinTolerance_KeepsThePickup()
    {
        var t = new SoftTakeover(PickupMode.Pickup, 0.02);
        t.Move(0.5, 0.5);

        t.ValueChanged(0.51);

        Assert.True(t.PickedUp);
    }

    [Fact]
    public void UnknownValue_AnyMoveIsAccepted()
    {
        var t = new SoftTakeover(PickupMode.Pickup, 0.02);

        Assert.True(t.Move(0.3, double.NaN).Accepted);
    }
}

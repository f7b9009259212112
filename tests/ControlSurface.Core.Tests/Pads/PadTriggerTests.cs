using ControlSurface.Core.Pads;
using ControlSurface.Core.Surfaces;
using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Tests.Pads;

public sealed class PadTriggerTests
{
    private static ControlEvent Hit(int pad, double v, int surface = 0) => new(surface, ControlEventKind.PadHit, pad, v);

    private static ControlEvent Pressure(int pad, double v, int surface = 0) => new(surface, ControlEventKind.PadPressure, pad, v);

    private readonly PadTrigger _trigger = new(PadLayout.Parse("0 = arm threshold=0.2 curve=hard\n1 = record"));

    [Fact]
    public void TryStrike_HitOverTheThreshold_GivesTheShapedVelocityAndTheAction()
    {
        Assert.True(_trigger.TryStrike(Hit(0, 0.5, surface: 3), out var strike));

        Assert.Equal(new PadStrike(3, 0, 0.25, new TakeAction(TakeActionKind.Arm)), strike);
    }

    [Fact]
    public void TryStrike_HitUnderTheThreshold_IsCountedAndIgnored()
    {
        Assert.False(_trigger.TryStrike(Hit(0, 0.1), out _));

        Assert.Equal(1, _trigger.BelowThreshold);
    }

    [Fact]
    public void TryStrike_UnboundPadOrOtherControl_IsIgnored()
    {
        Assert.False(_trigger.TryStrike(Hit(9, 1), out _));
        Assert.False(_trigger.TryStrike(new ControlEvent(0, ControlEventKind.FaderMoved, 0, 1), out _));
        Assert.False(_trigger.TryStrike(Hit(-1, 1), out _));
    }

    [Fact]
    public void TryStrike_PressureAfterAHit_IsAftertouchAndNeverTriggers()
    {
        _trigger.TryStrike(Hit(1, 0.8), out _);

        Assert.False(_trigger.TryStrike(Pressure(1, 0.9), out _));
        Assert.True(_trigger.TryStrike(Hit(1, 0.8), out _));
    }

    [Fact]
    public void TryStrike_PressureOnlyPad_TriggersOnceUntilLetGo()
    {
        Assert.False(_trigger.TryStrike(Pressure(0, 0.1), out _));
        Assert.True(_trigger.TryStrike(Pressure(0, 0.6), out var strike));
        Assert.False(_trigger.TryStrike(Pressure(0, 1.0), out _));
        Assert.False(_trigger.TryStrike(Pressure(0, 0), out _));

        Assert.True(_trigger.TryStrike(Pressure(0, 0.4), out _));
        Assert.Equal(0.36, strike.Velocity, 9);
    }

    [Fact]
    public void TryStrike_TracksEachSurfaceSeparately()
    {
        _trigger.TryStrike(Pressure(0, 0.6, surface: 0), out _);

        Assert.True(_trigger.TryStrike(Pressure(0, 0.6, surface: 1), out _));
    }

    [Fact]
    public void TryStrike_PressureAfterASoftHit_IsStillAftertouch()
    {
        Assert.False(_trigger.TryStrike(Hit(0, 0.1), out _));

        Assert.False(_trigger.TryStrike(Pressure(0, 0.9), out _));
        Assert.Equal(1, _trigger.BelowThreshold);
    }

    [Fact]
    public void TryStrike_PressLetGoUnderTheThreshold_CountsOnce()
    {
        _trigger.TryStrike(Pressure(0, 0.05), out _);
        _trigger.TryStrike(Pressure(0, 0.15), out _);
        _trigger.TryStrike(Pressure(0, 0), out _);

        Assert.Equal(1, _trigger.BelowThreshold);
    }

    [Fact]
    public void TryStrike_PressOnAnUnboundPad_CountsOnceAsUnbound()
    {
        _trigger.TryStrike(Pressure(9, 0.5), out _);
        _trigger.TryStrike(Pressure(9, 0.8), out _);
        _trigger.TryStrike(Pressure(9, 0), out _);

        Assert.Equal((1L, 0L), (_trigger.Unbound, _trigger.BelowThreshold));
    }

    [Fact]
    public void TryStrike_ButtonDown_IsAFullVelocityHit()
    {
        Assert.True(_trigger.TryStrike(new ControlEvent(0, ControlEventKind.ButtonDown, 1, 1), out var strike));

        Assert.Equal(1.0, strike.Velocity);
    }
}

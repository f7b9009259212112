using ControlSurface.Pi.Inputs;

namespace ControlSurface.Pi.Tests.Inputs;

public sealed class DebouncerTests
{
    private const long Lockout = 50;

    [Fact]
    public void Update_FirstEdge_IsReportedAtOnce()
    {
        var d = new Debouncer();

        Assert.True(d.Update(true, 1000, Lockout));
        Assert.True(d.Pressed);
    }

    [Fact]
    public void Update_BounceInsideLockout_IsIgnored()
    {
        var d = new Debouncer();
        d.Update(true, 1000, Lockout);

        var changed = d.Update(false, 1010, Lockout) | d.Update(true, 1020, Lockout) | d.Update(true, 1060, Lockout);

        Assert.False(changed);
        Assert.True(d.Pressed);
    }

    [Fact]
    public void Update_ReleaseDuringLockout_IsReportedWhenLockoutEnds()
    {
        var d = new Debouncer();
        d.Update(true, 1000, Lockout);
        d.Update(false, 1020, Lockout);

        var changed = d.Update(false, 1050, Lockout);

        Assert.True(changed);
        Assert.False(d.Pressed);
    }
}

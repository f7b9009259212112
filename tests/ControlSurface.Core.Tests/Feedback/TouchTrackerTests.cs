using ControlSurface.Core.Feedback;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>When a fader counts as touched: the debounced sensor, and movement until the fader is still.</summary>
public sealed class TouchTrackerTests
{
    private static readonly long Ms = TimeSpan.TicksPerMillisecond;

    private static TouchTracker Sensor() => new(TouchMode.SensorWithMovementFallback, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(250));

    [Fact]
    public void Sensor_HeldForTheDebounce_BeginsOnceThenEndsOnRelease()
    {
        var tracker = Sensor();
        var t = default(TouchState);

        tracker.Sensor(ref t, down: true, 0);
        var early = tracker.Refresh(ref t, 19 * Ms);
        var due = tracker.Refresh(ref t, 20 * Ms);
        var again = tracker.Refresh(ref t, 30 * Ms);
        var up = tracker.Sensor(ref t, down: false, 40 * Ms);

        Assert.Equal(TouchEdge.None, early);
        Assert.Equal(TouchEdge.Began, due);
        Assert.Equal(TouchEdge.None, again);
        Assert.Equal(TouchEdge.Ended, up);
        Assert.False(t.MaybeHeld);
    }

    [Fact]
    public void Sensor_HumShorterThanTheDebounce_NeverBegins()
    {
        var tracker = Sensor();
        var t = default(TouchState);

        tracker.Sensor(ref t, down: true, 0);
        var mid = tracker.Refresh(ref t, 10 * Ms);
        var up = tracker.Sensor(ref t, down: false, 12 * Ms);
        var later = tracker.Refresh(ref t, 100 * Ms);

        Assert.Equal(TouchEdge.None, mid);
        Assert.Equal(TouchEdge.None, up);
        Assert.Equal(TouchEdge.None, later);
        Assert.False(t.Touched);
    }

    [Fact]
    public void Movement_WithTheSensorUp_BeginsAndEndsAfterTheStillTimeout()
    {
        var tracker = Sensor();
        var t = default(TouchState);

        var first = tracker.Moved(ref t, 0);
        var second = tracker.Moved(ref t, 100 * Ms);
        var stillTooShort = tracker.Refresh(ref t, 349 * Ms);
        var still = tracker.Refresh(ref t, 350 * Ms);

        Assert.Equal(TouchEdge.Began, first);
        Assert.Equal(TouchEdge.None, second);
        Assert.Equal(TouchEdge.None, stillTooShort);
        Assert.Equal(TouchEdge.Ended, still);
    }

    [Fact]
    public void Movement_WhileTheSensorIsDown_ConfirmsTheTouchBeforeTheDebounce()
    {
        var tracker = Sensor();
        var t = default(TouchState);
        tracker.Sensor(ref t, down: true, 0);

        var moved = tracker.Moved(ref t, 5 * Ms);
        var up = tracker.Sensor(ref t, down: false, 8 * Ms);

        Assert.Equal(TouchEdge.Began, moved);
        Assert.False(t.MovementTouched);
        Assert.Equal(TouchEdge.Ended, up);
    }

    [Fact]
    public void MovementOnly_IgnoresTheSensor()
    {
        var tracker = new TouchTracker(TouchMode.MovementOnly, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(250));
        var t = default(TouchState);

        tracker.Sensor(ref t, down: true, 0);
        var refreshed = tracker.Refresh(ref t, 100 * Ms);
        var moved = tracker.Moved(ref t, 110 * Ms);

        Assert.Equal(TouchEdge.None, refreshed);
        Assert.Equal(TouchEdge.Began, moved);
        Assert.False(t.SensorDown);
    }
}

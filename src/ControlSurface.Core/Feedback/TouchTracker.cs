namespace ControlSurface.Core.Feedback;

/// <summary>Decides when a fader counts as touched: the sensor after its debounce, or movement until the fader is still.</summary>
/// <remarks>
/// The sensor must hold for the debounce time (mains hum never does). Movement counts as a touch for faders
/// without a sensor (<see cref="TouchMode.MovementOnly"/>) and, with a sensor, while the sensor is up (a noisy or
/// dead sensor); it ends after the still timeout. A move while the sensor is down confirms the touch at once (hum
/// does not move a knob), so the release that follows settles and re-targets like any other. Pure: returns the
/// edge, the arbiter acts on it.
/// </remarks>
internal sealed class TouchTracker(TouchMode mode, TimeSpan debounce, TimeSpan stillTimeout)
{
    private readonly long _debounce = debounce.Ticks;
    private readonly long _still = stillTimeout.Ticks;

    /// <summary>True when the sensor is ignored and only movement counts.</summary>
    public bool MovementOnly { get; } = mode == TouchMode.MovementOnly;

    /// <summary>The sensor went down or up. Down starts the debounce; up ends every kind of touch at once.</summary>
    public TouchEdge Sensor(ref TouchState t, bool down, long now)
    {
        if (MovementOnly)
        {
            return TouchEdge.None;
        }

        if (down)
        {
            if (!t.SensorDown)
            {
                t.SensorDown = true;
                t.SensorSince = now;
            }

            return TouchEdge.None;
        }

        var was = t.Touched;
        t.SensorDown = false;
        t.SensorTouched = false;
        t.MovementTouched = false;
        return was ? TouchEdge.Ended : TouchEdge.None;
    }

    /// <summary>A hand moved the fader beyond the deadband.</summary>
    public TouchEdge Moved(ref TouchState t, long now)
    {
        if (!MovementOnly && t.SensorDown)
        {
            // The sensor is down and the knob moves: a hand, not hum. No need to wait out the debounce.
            if (t.SensorTouched)
            {
                return TouchEdge.None;
            }

            var wasTouched = t.Touched;
            t.SensorTouched = true;
            return wasTouched ? TouchEdge.None : TouchEdge.Began;
        }

        t.LastMoveAt = now;
        if (t.MovementTouched)
        {
            return TouchEdge.None;
        }

        var was = t.Touched;
        t.MovementTouched = true;
        return was ? TouchEdge.None : TouchEdge.Began;
    }

    /// <summary>Time passed: the sensor's debounce may have completed, or a moved fader may have been still long enough.</summary>
    public TouchEdge Refresh(ref TouchState t, long now)
    {
        var edge = TouchEdge.None;
        if (t.SensorDown && !t.SensorTouched && now - t.SensorSince >= _debounce)
        {
            edge = t.Touched ? TouchEdge.None : TouchEdge.Began;
            t.SensorTouched = true;
        }

        if (t.MovementTouched && now - t.LastMoveAt >= _still)
        {
            t.MovementTouched = false;
            edge = t.SensorTouched ? edge : TouchEdge.Ended;
        }

        return edge;
    }
}

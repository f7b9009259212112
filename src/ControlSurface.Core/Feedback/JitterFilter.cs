namespace ControlSurface.Core.Feedback;

/// <summary>Deadband with hysteresis for one fader's ADC readings, in raw steps (LSB).</summary>
/// <remarks>
/// At rest, or when the direction reverses, a reading must move at least the rest band (2 × noise + 1 LSB)
/// from the last accepted one; while a move keeps its direction, one step is enough. ADC noise of ±N LSB
/// therefore never reverses a move and never moves a resting fader; after a move stops, noise can creep at
/// most 2N LSB in the move's direction until the rest time passes. The first reading only anchors.
/// After a motor target the anchor is the target; if a hand turns out to hold the knob where the last reading
/// had it (its touch was on its way when the target went out), a reading there is the knob staying put, not a move.
/// </remarks>
internal struct JitterFilter
{
    private const double Epsilon = 1e-6;
    private double _anchor;
    private long _lastAcceptAt;
    private double _lastReading;
    private sbyte _direction;
    private bool _anchored;
    private bool _anchorIsTarget;
    private bool _hasReading;

    /// <summary>True once a first reading has anchored the filter.</summary>
    public readonly bool Anchored => _anchored;

    /// <summary>Returns true when <paramref name="raw"/> (a reading, LSB) is a real move, and makes it the new anchor.</summary>
    /// <remarks><paramref name="handOn"/>: a hand is or may be on the knob; the bands are in LSB, the times in stage ticks.</remarks>
    public bool Accept(double raw, long now, double restBand, double stepBand, long restAfter, bool handOn)
    {
        var last = _lastReading;
        _lastReading = raw;
        _hasReading = true;
        if (!_anchored || (_anchorIsTarget && handOn && Math.Abs(raw - last) < restBand - Epsilon))
        {
            Reset(raw);
            return false;
        }

        if (_direction != 0 && now - _lastAcceptAt >= restAfter)
        {
            _direction = 0;
        }

        var delta = raw - _anchor;
        var sign = (sbyte)Math.Sign(delta);
        var band = _direction != 0 && sign == _direction ? stepBand : restBand;
        if (Math.Abs(delta) < band - Epsilon)
        {
            return false;
        }

        _anchor = raw;
        _anchorIsTarget = false;
        _direction = sign;
        _lastAcceptAt = now;
        return true;
    }

    /// <summary>Anchors the filter at a motor target just sent (the ADC will read the motor's travel there).</summary>
    public void AnchorAtTarget(double raw)
    {
        Reset(raw);
        _anchorIsTarget = _hasReading;
    }

    /// <summary>Anchors the filter at <paramref name="raw"/> at rest (after a motor move, or the first reading).</summary>
    public void Reset(double raw)
    {
        _anchor = raw;
        _direction = 0;
        _anchored = true;
        _anchorIsTarget = false;
    }
}

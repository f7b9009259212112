namespace ControlSurface.Core.Feedback;

/// <summary>Deadband with hysteresis for one fader's ADC readings, in raw steps (LSB).</summary>
/// <remarks>
/// At rest, or when the direction reverses, a reading must move at least the rest band (2 × noise + 1 LSB)
/// from the last accepted one; while a move keeps its direction, one step is enough. ADC noise of ±N LSB
/// therefore never reverses a move and never moves a resting fader; after a move stops, noise can creep at
/// most 2N LSB in the move's direction until the rest time passes. The first reading only anchors.
/// </remarks>
internal struct JitterFilter
{
    private const double Epsilon = 1e-6;
    private double _anchor;
    private long _lastAcceptAt;
    private sbyte _direction;
    private bool _anchored;

    /// <summary>True once a first reading has anchored the filter.</summary>
    public readonly bool Anchored => _anchored;

    /// <summary>Returns true when <paramref name="raw"/> is a real move, and makes it the new anchor.</summary>
    public bool Accept(double raw, long now, double restBand, double stepBand, long restAfter)
    {
        if (!_anchored)
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
        _direction = sign;
        _lastAcceptAt = now;
        return true;
    }

    /// <summary>Anchors the filter at <paramref name="raw"/> at rest (after a motor move, or the first reading).</summary>
    public void Reset(double raw)
    {
        _anchor = raw;
        _direction = 0;
        _anchored = true;
    }
}

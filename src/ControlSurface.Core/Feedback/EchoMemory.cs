namespace ControlSurface.Core.Feedback;

/// <summary>Remembers the values each fader recently sent to the model, to recognise the DAW's echoes of them.</summary>
/// <remarks>
/// Ardour echoes every pitch bend a Mackie surface sends, with the same value, and may lag the hand by a few
/// messages; so a short ring per fader is kept, not just the last value. Values within the tolerance of the
/// previous one only refresh its time, so a slow move does not flush the ring. Allocated once.
/// </remarks>
internal sealed class EchoMemory
{
    private readonly double[] _values;
    private readonly long[] _at;
    private readonly int[] _next;
    private readonly int[] _count;
    private readonly int _depth;
    private readonly double _tolerance;
    private readonly long _window;

    public EchoMemory(int faders, int depth, double tolerance, long window)
    {
        _depth = depth;
        _tolerance = tolerance;
        _window = window;
        _values = new double[faders * depth];
        _at = new long[faders * depth];
        _next = new int[faders];
        _count = new int[faders];
    }

    public void Remember(int fader, double value, long now)
    {
        var b = fader * _depth;
        if (_count[fader] > 0)
        {
            var last = b + ((_next[fader] - 1 + _depth) % _depth);
            if (Math.Abs(_values[last] - value) <= _tolerance / 2)
            {
                _values[last] = value;
                _at[last] = now;
                return;
            }
        }

        _values[b + _next[fader]] = value;
        _at[b + _next[fader]] = now;
        _next[fader] = (_next[fader] + 1) % _depth;
        _count[fader] = Math.Min(_count[fader] + 1, _depth);
    }

    /// <summary>Whether <paramref name="value"/> echoes a recent send; <paramref name="latest"/> says it echoes the newest one.</summary>
    public bool Matches(int fader, double value, long now, out bool latest)
    {
        latest = false;
        var b = fader * _depth;
        var found = false;
        for (var i = 0; i < _count[fader]; i++)
        {
            var slot = b + ((_next[fader] - 1 - i + (2 * _depth)) % _depth);
            if (now - _at[slot] > _window)
            {
                continue;
            }

            if (Math.Abs(_values[slot] - value) <= _tolerance)
            {
                found = true;
                latest |= i == 0;
            }
        }

        return found;
    }

    public void Clear(int fader) => _count[fader] = 0;
}

using System.Collections;

namespace ControlSurface.Core.Model;

/// <summary>Markers kept in timeline order, at most one per position.</summary>
/// <remarks>Owned by <see cref="Transport"/>, which adds and removes; everyone else reads. Not thread-safe.</remarks>
public sealed class MarkerList : IReadOnlyList<Marker>
{
    private readonly List<Marker> _markers = [];
    private int _named;

    /// <inheritdoc />
    public int Count => _markers.Count;

    /// <inheritdoc />
    public Marker this[int index] => _markers[index];

    /// <summary>Adds a marker, or returns the one already at that position (as Ardour does, no duplicates).</summary>
    /// <param name="position">Position in samples, 0 or more.</param>
    /// <param name="name">Name; null or blank gives "Marker 1", "Marker 2"... in order of adding.</param>
    /// <returns>The marker at <paramref name="position"/>.</returns>
    public Marker Add(long position, string? name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        var i = LowerBound(position);
        if (i < _markers.Count && _markers[i].PositionSamples == position)
        {
            return _markers[i];
        }

        var marker = new Marker(position, string.IsNullOrWhiteSpace(name) ? $"Marker {++_named}" : name);
        _markers.Insert(i, marker);
        return marker;
    }

    /// <summary>Removes the marker at a position.</summary>
    /// <param name="position">Position in samples.</param>
    /// <returns>True when there was one.</returns>
    public bool RemoveAt(long position)
    {
        var i = LowerBound(position);
        if (i < _markers.Count && _markers[i].PositionSamples == position)
        {
            _markers.RemoveAt(i);
            return true;
        }

        return false;
    }

    /// <summary>Removes every marker.</summary>
    public void Clear() => _markers.Clear();

    /// <summary>The first marker strictly after a position.</summary>
    /// <param name="position">Position in samples.</param>
    /// <returns>The marker, or null when none is after it.</returns>
    public Marker? After(long position)
    {
        var i = LowerBound(position == long.MaxValue ? position : position + 1);
        return i < _markers.Count ? _markers[i] : null;
    }

    /// <summary>The last marker strictly before a position.</summary>
    /// <param name="position">Position in samples.</param>
    /// <returns>The marker, or null when none is before it.</returns>
    public Marker? Before(long position)
    {
        var i = LowerBound(position) - 1;
        return i >= 0 ? _markers[i] : null;
    }

    /// <inheritdoc />
    public IEnumerator<Marker> GetEnumerator() => _markers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Index of the first marker at or after position.
    private int LowerBound(long position)
    {
        int lo = 0, hi = _markers.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_markers[mid].PositionSamples < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

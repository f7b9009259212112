namespace ControlSurface.Core.Feedback;

/// <summary>A fixed-size ring of the most recent <see cref="FaderCauseEntry"/>s per fader ("why did it move").</summary>
/// <remarks>Allocated once; recording overwrites the oldest entry and never allocates. Not thread-safe: engine thread only.</remarks>
public sealed class FaderCauseLog
{
    private readonly FaderCauseEntry[] _entries;
    private readonly int[] _next;
    private readonly int[] _count;
    private readonly int _depth;

    /// <summary>Creates a log for <paramref name="faders"/> faders keeping <paramref name="depth"/> entries each.</summary>
    public FaderCauseLog(int faders, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(faders);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        _depth = depth;
        _entries = new FaderCauseEntry[faders * depth];
        _next = new int[faders];
        _count = new int[faders];
    }

    /// <summary>Number of faders.</summary>
    public int Faders => _next.Length;

    /// <summary>Entries kept per fader.</summary>
    public int Depth => _depth;

    /// <summary>Records one entry for <paramref name="fader"/>, overwriting the oldest when full.</summary>
    /// <remarks>
    /// A repeat of the latest entry's suppression reason, or a further glide step, replaces that entry
    /// (time and value) instead of adding one, so a flood does not push the interesting causes out.
    /// </remarks>
    public void Add(int fader, in FaderCauseEntry entry)
    {
        if (_count[fader] > 0)
        {
            ref var last = ref _entries[(fader * _depth) + ((_next[fader] - 1 + _depth) % _depth)];
            if (last.Cause == entry.Cause && last.Reason == entry.Reason && (entry.Reason != SuppressReason.None || entry.Cause == MoveCause.Glide))
            {
                last = entry;
                return;
            }
        }

        _entries[(fader * _depth) + _next[fader]] = entry;
        _next[fader] = (_next[fader] + 1) % _depth;
        if (_count[fader] < _depth)
        {
            _count[fader]++;
        }
    }

    /// <summary>Number of entries held for <paramref name="fader"/>.</summary>
    public int Count(int fader) => _count[fader];

    /// <summary>Copies <paramref name="fader"/>'s entries, oldest first, into <paramref name="destination"/>; returns how many were copied.</summary>
    public int CopyTo(int fader, Span<FaderCauseEntry> destination)
    {
        var count = Math.Min(_count[fader], destination.Length);
        var skip = _count[fader] - count;
        var first = (_next[fader] - _count[fader] + _depth) % _depth;
        for (var i = 0; i < count; i++)
        {
            destination[i] = _entries[(fader * _depth) + ((first + skip + i) % _depth)];
        }

        return count;
    }

    /// <summary>The most recent entry for <paramref name="fader"/>, or null when none was recorded.</summary>
    public FaderCauseEntry? Last(int fader) =>
        _count[fader] == 0 ? null : _entries[(fader * _depth) + ((_next[fader] - 1 + _depth) % _depth)];
}

namespace ControlSurface.Core.Banks;

/// <summary>Several surfaces that bank together (a main unit with extenders) or each on its own.</summary>
/// <remarks>
/// <para><b>Linked</b> (the default): the surfaces sit side by side as one wide window of total width W = ΣK. Surface i
/// sees the group offset plus the widths of the surfaces before it. A bank key on any of them moves the whole group
/// by W (as Ardour's Mackie support does with extenders), a channel key by 1, and the group offset stays in
/// [0, max(0, N − W)]. When the mixer has fewer strips than W, the rightmost faders show nothing.</para>
/// <para><b>Independent</b>: each surface is a lone <see cref="BankWindow"/> and moves alone, clamped to its own range.
/// Switching between the two keeps the first surface where it is; in independent mode the others keep their places.</para>
/// <para>Moves return whether any surface's offset changed. Not thread-safe (engine thread only).</para>
/// </remarks>
public sealed class BankGroup
{
    private readonly List<BankWindow> _windows = [];
    private bool _linked;

    /// <summary>Creates an empty group.</summary>
    /// <param name="totalStrips">Strips in the mixer (N), 0 or more.</param>
    /// <param name="linked">Whether the surfaces bank together.</param>
    public BankGroup(int totalStrips, bool linked = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalStrips);
        TotalStrips = totalStrips;
        _linked = linked;
    }

    /// <summary>Strips in the mixer (N).</summary>
    public int TotalStrips { get; private set; }

    /// <summary>The surfaces' windows, left to right.</summary>
    public IReadOnlyList<BankWindow> Windows => _windows;

    /// <summary>A surface's window by its place in the group.</summary>
    /// <param name="member">Zero-based place, left to right.</param>
    /// <returns>The window.</returns>
    public BankWindow this[int member] => _windows[member];

    /// <summary>The sum of the surfaces' widths (W).</summary>
    public int TotalWidth { get; private set; }

    /// <summary>The strip on the first surface's first fader.</summary>
    public int Offset => _windows.Count > 0 ? _windows[0].Offset : 0;

    /// <summary>Whether the surfaces bank together; changing it re-lays the windows out.</summary>
    public bool Linked
    {
        get => _linked;
        set
        {
            if (_linked == value)
            {
                return;
            }

            _linked = value;
            if (value)
            {
                LayOut(Offset);
            }
            else
            {
                foreach (var window in _windows)
                {
                    window.MoveAlone(0);
                }
            }
        }
    }

    /// <summary>Adds a surface to the right of the others.</summary>
    /// <param name="width">Its strips (K), 1 or more.</param>
    /// <returns>Its window, whose moves now go through this group.</returns>
    public BankWindow Add(int width)
    {
        var window = new BankWindow(width, TotalStrips);
        window.Join(this, _windows.Count);
        _windows.Add(window);
        TotalWidth += width;
        if (_linked)
        {
            LayOut(Offset);
        }

        return window;
    }

    /// <summary>Bank left from a surface: the group by W when linked, that surface by its K otherwise.</summary>
    /// <param name="member">The surface whose key was pressed.</param>
    /// <returns>True when any offset changed.</returns>
    public bool BankLeft(int member) => Move(member, -(_linked ? TotalWidth : _windows[member].Width));

    /// <summary>Bank right from a surface: the group by W when linked, that surface by its K otherwise.</summary>
    /// <param name="member">The surface whose key was pressed.</param>
    /// <returns>True when any offset changed.</returns>
    public bool BankRight(int member) => Move(member, _linked ? TotalWidth : _windows[member].Width);

    /// <summary>Channel left from a surface: the group by 1 when linked, that surface otherwise.</summary>
    /// <param name="member">The surface whose key was pressed.</param>
    /// <returns>True when any offset changed.</returns>
    public bool ChannelLeft(int member) => Move(member, -1);

    /// <summary>Channel right from a surface: the group by 1 when linked, that surface otherwise.</summary>
    /// <param name="member">The surface whose key was pressed.</param>
    /// <returns>True when any offset changed.</returns>
    public bool ChannelRight(int member) => Move(member, 1);

    /// <summary>Moves by a number of strips from a surface: the group when linked, that surface otherwise.</summary>
    /// <param name="member">The surface whose key was pressed.</param>
    /// <param name="strips">How far (negative to the left).</param>
    /// <returns>True when any offset changed.</returns>
    public bool Move(int member, int strips)
    {
        var window = _windows[member];
        return _linked ? LayOut(Offset + (long)strips) : window.MoveAlone(strips);
    }

    /// <summary>Changes the number of strips for every surface and re-clamps.</summary>
    /// <param name="totalStrips">Strips in the mixer, 0 or more.</param>
    /// <returns>True when any offset changed.</returns>
    public bool SetTotalStrips(int totalStrips)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalStrips);
        TotalStrips = totalStrips;
        if (_linked)
        {
            return LayOut(Offset);
        }

        var changed = false;
        foreach (var window in _windows)
        {
            window.Place(window.Offset, totalStrips);
            changed |= window.MoveAlone(0);
        }

        return changed;
    }

    private bool LayOut(long groupOffset)
    {
        var offset = (int)Math.Clamp(groupOffset, 0, Math.Max(0, TotalStrips - TotalWidth));
        var changed = false;
        foreach (var window in _windows)
        {
            changed |= window.Place(offset, TotalStrips);
            offset += window.Width;
        }

        return changed;
    }
}

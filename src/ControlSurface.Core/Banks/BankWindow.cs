namespace ControlSurface.Core.Banks;

/// <summary>The window a surface of <see cref="Width"/> strips sees over <see cref="TotalStrips"/> mixer strips.</summary>
/// <remarks>
/// <para>Pure offset arithmetic. Local faders and strips are zero-based; local fader i shows strip
/// <see cref="Offset"/> + i. On its own a window's offset stays in [0, max(0, N − K)]: bank moves ±K, channel ±1,
/// and a move past either end stops there, so the window always shows as many strips as exist.</para>
/// <para>A window that belongs to a <see cref="BankGroup"/> passes its moves to the group, which decides the offsets
/// (linked surfaces move together; see <see cref="BankGroup"/>). Every move returns whether the offset changed, so the
/// caller knows to re-send the surface's feedback. Not thread-safe (engine thread only).</para>
/// </remarks>
public sealed class BankWindow
{
    private BankGroup? _group;
    private int _member;

    /// <summary>Creates a window at offset 0.</summary>
    /// <param name="width">Strips on the surface (K), 1 or more.</param>
    /// <param name="totalStrips">Strips in the mixer (N), 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A width below 1 or a negative strip count.</exception>
    public BankWindow(int width, int totalStrips)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(totalStrips);
        Width = width;
        TotalStrips = totalStrips;
    }

    /// <summary>Strips on the surface (K).</summary>
    public int Width { get; }

    /// <summary>Strips in the mixer (N).</summary>
    public int TotalStrips { get; private set; }

    /// <summary>The strip shown on local fader 0.</summary>
    public int Offset { get; private set; }

    /// <summary>The largest offset a lone window takes: max(0, N − K).</summary>
    public int MaxOffset => Math.Max(0, TotalStrips - Width);

    /// <summary>The group this window banks with, if any.</summary>
    public BankGroup? Group => _group;

    /// <summary>Moves one bank (K strips, or the whole linked group's width) to the left.</summary>
    /// <returns>True when the offset changed.</returns>
    public bool BankLeft() => _group?.BankLeft(_member) ?? MoveAlone(-(long)Width);

    /// <summary>Moves one bank (K strips, or the whole linked group's width) to the right.</summary>
    /// <returns>True when the offset changed.</returns>
    public bool BankRight() => _group?.BankRight(_member) ?? MoveAlone(Width);

    /// <summary>Moves one strip to the left.</summary>
    /// <returns>True when the offset changed.</returns>
    public bool ChannelLeft() => Move(-1);

    /// <summary>Moves one strip to the right.</summary>
    /// <returns>True when the offset changed.</returns>
    public bool ChannelRight() => Move(1);

    /// <summary>Moves by a number of strips (negative to the left), clamped.</summary>
    /// <param name="strips">How far.</param>
    /// <returns>True when the offset changed.</returns>
    public bool Move(int strips) => _group?.Move(_member, strips) ?? MoveAlone(strips);

    /// <summary>Puts local fader 0 on a strip, clamped.</summary>
    /// <param name="offset">The wanted offset.</param>
    /// <returns>True when the offset changed.</returns>
    public bool SetOffset(int offset) => Move((int)Math.Clamp((long)offset - Offset, int.MinValue, int.MaxValue));

    /// <summary>The strip on a local fader.</summary>
    /// <param name="localFader">Zero-based fader on the surface.</param>
    /// <returns>The zero-based strip, or null when the fader is off the surface or past the last strip.</returns>
    public int? StripFor(int localFader)
    {
        if ((uint)localFader >= (uint)Width)
        {
            return null;
        }

        var strip = (long)Offset + localFader;
        return strip < TotalStrips ? (int)strip : null;
    }

    /// <summary>Whether a strip is on this surface, and on which fader.</summary>
    /// <param name="strip">Zero-based strip.</param>
    /// <param name="local">The local fader when shown, otherwise −1.</param>
    /// <returns>True when the strip is shown.</returns>
    public bool Shows(int strip, out int local)
    {
        var l = (long)strip - Offset;
        if (strip >= 0 && strip < TotalStrips && l >= 0 && l < Width)
        {
            local = (int)l;
            return true;
        }

        local = -1;
        return false;
    }

    /// <summary>Changes the number of strips (a DAW added or removed tracks) and re-clamps.</summary>
    /// <param name="totalStrips">Strips in the mixer, 0 or more.</param>
    /// <returns>True when the offset changed.</returns>
    public bool SetTotalStrips(int totalStrips)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalStrips);
        if (_group is not null)
        {
            return _group.SetTotalStrips(totalStrips);
        }

        TotalStrips = totalStrips;
        return MoveAlone(0);
    }

    /// <inheritdoc />
    public override string ToString() => $"strips {Offset}..{Offset + Width - 1} of {TotalStrips}";

    internal void Join(BankGroup group, int member)
    {
        _group = group;
        _member = member;
    }

    // Places the window where its group says; the group keeps offsets non-negative.
    internal bool Place(int offset, int totalStrips)
    {
        TotalStrips = totalStrips;
        var changed = Offset != offset;
        Offset = offset;
        return changed;
    }

    internal bool MoveAlone(long strips)
    {
        var next = (int)Math.Clamp(Offset + strips, 0, MaxOffset);
        var changed = next != Offset;
        Offset = next;
        return changed;
    }
}

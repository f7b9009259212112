using ControlSurface.Core.Engine;

namespace ControlSurface.Core.Model;

/// <summary>The mixer: a fixed number of strips plus the master, with solo-in-place.</summary>
/// <remarks>
/// <para>Strips are numbered from 0; <see cref="ModelAddress.Master"/> (−1) names the master. Strips start named
/// "Ch 1", "Ch 2"... (numbered from 1, as people count) at unity gain.</para>
/// <para>Solo-in-place: while any channel strip is soloed, every channel strip that is not soloed is implicitly
/// muted. The implicit mute is computed, never written into <see cref="Strip.Mute"/>, so unsoloing restores
/// exactly the mutes the engineer had. A soloed strip that is also muted stays silent (its own mute wins).
/// The master is never implicitly muted and its solo switch does not count.</para>
/// <para>Only the engine writes the model; not thread-safe.</para>
/// </remarks>
public sealed class Mixer
{
    /// <summary>The default number of channel strips.</summary>
    public const int DefaultStripCount = 32;

    private readonly Strip[] _strips;

    /// <summary>Creates a mixer.</summary>
    /// <param name="stripCount">Number of channel strips, 1..1024 (default 32).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stripCount"/> is outside 1..1024.</exception>
    public Mixer(int stripCount = DefaultStripCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stripCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stripCount, 1024);
        _strips = new Strip[stripCount];
        for (var i = 0; i < stripCount; i++)
        {
            _strips[i] = new Strip(i, $"Ch {i + 1}");
        }

        Master = new Strip(ModelAddress.Master, "Master");
    }

    /// <summary>The channel strips, in order (not including the master).</summary>
    public IReadOnlyList<Strip> Strips => _strips;

    /// <summary>The number of channel strips.</summary>
    public int Count => _strips.Length;

    /// <summary>The master strip (index −1).</summary>
    public Strip Master { get; }

    /// <summary>A strip by number; −1 gives the master.</summary>
    /// <param name="index">Zero-based strip number or <see cref="ModelAddress.Master"/>.</param>
    /// <returns>The strip.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such strip.</exception>
    public Strip this[int index] => Get(index);

    /// <summary>True while at least one channel strip is soloed.</summary>
    public bool AnySolo
    {
        get
        {
            foreach (var strip in _strips)
            {
                if (strip.Solo)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A strip by number; −1 gives the master.</summary>
    /// <param name="index">Zero-based strip number or <see cref="ModelAddress.Master"/>.</param>
    /// <returns>The strip.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such strip.</exception>
    public Strip Get(int index)
    {
        if (index == ModelAddress.Master)
        {
            return Master;
        }

        if ((uint)index >= (uint)_strips.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Strip {index} does not exist; this mixer has strips 0..{_strips.Length - 1} and master (-1).");
        }

        return _strips[index];
    }

    /// <summary>A strip by number, without throwing.</summary>
    /// <param name="index">Zero-based strip number or <see cref="ModelAddress.Master"/>.</param>
    /// <param name="strip">The strip, when it exists.</param>
    /// <returns>True when the strip exists.</returns>
    public bool TryGet(int index, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Strip? strip)
    {
        if (index == ModelAddress.Master)
        {
            strip = Master;
            return true;
        }

        if ((uint)index < (uint)_strips.Length)
        {
            strip = _strips[index];
            return true;
        }

        strip = null;
        return false;
    }

    /// <summary>True when the strip is silenced by someone else's solo (not by its own mute).</summary>
    /// <param name="strip">Zero-based strip number or <see cref="ModelAddress.Master"/>.</param>
    /// <returns>True when another strip is soloed and this one is not; always false for the master.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such strip.</exception>
    public bool IsImplicitlyMuted(int strip)
    {
        var s = Get(strip);
        return !s.IsMaster && !s.Solo && AnySolo;
    }

    /// <summary>True when the strip is heard: not muted by its own switch and not implicitly muted by a solo.</summary>
    /// <param name="strip">Zero-based strip number or <see cref="ModelAddress.Master"/>.</param>
    /// <returns>Whether the strip reaches the mix.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such strip.</exception>
    public bool IsAudible(int strip) => !Get(strip).Mute && !IsImplicitlyMuted(strip);

    /// <summary>Clears every channel strip's solo (the console's "clear solo" key).</summary>
    /// <returns>True when at least one solo was on.</returns>
    public bool ClearSolo()
    {
        var any = false;
        foreach (var strip in _strips)
        {
            any |= strip.Solo;
            strip.Solo = false;
        }

        return any;
    }
}

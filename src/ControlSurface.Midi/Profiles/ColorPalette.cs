namespace ControlSurface.Midi.Profiles;

/// <summary>The colours an RGB pad can show by index, and the nearest one to any 0xRRGGBB colour.</summary>
/// <remarks>Nearness is a weighted RGB distance (the "redmean" approximation), good enough to tell red from amber.
/// Lookups allocate nothing; the table is small (a profile lists the colours it wants to use).</remarks>
public sealed class ColorPalette
{
    private readonly PaletteColor[] _colors;

    /// <summary>Creates a palette from its entries.</summary>
    public ColorPalette(IEnumerable<PaletteColor> colors)
    {
        ArgumentNullException.ThrowIfNull(colors);
        _colors = [.. colors];
    }

    /// <summary>The entries as given.</summary>
    public IReadOnlyList<PaletteColor> Colors => _colors;

    /// <summary>The index of the entry nearest <paramref name="rgb"/>, or <paramref name="fallback"/> when the palette is empty.</summary>
    public int Nearest(int rgb, int fallback)
    {
        var best = fallback;
        var bestDistance = long.MaxValue;
        foreach (var c in _colors)
        {
            var d = Distance(rgb, c.Rgb);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c.Index;
            }
        }
        return best;
    }

    private static long Distance(int a, int b)
    {
        int r1 = (a >> 16) & 0xFF, g1 = (a >> 8) & 0xFF, b1 = a & 0xFF;
        int r2 = (b >> 16) & 0xFF, g2 = (b >> 8) & 0xFF, b2 = b & 0xFF;
        long rm = (r1 + r2) / 2;
        long dr = r1 - r2, dg = g1 - g2, db = b1 - b2;
        return ((512 + rm) * dr * dr >> 8) + 4 * dg * dg + ((767 - rm) * db * db >> 8);
    }
}

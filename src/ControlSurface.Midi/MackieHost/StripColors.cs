namespace ControlSurface.Midi.MackieHost;

/// <summary>Maps a strip colour (0xRRGGBB) to the eight backlight colours of an X-Touch scribble strip.</summary>
/// <remarks>
/// X-Touch colour codes: 0 off, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white, i.e. bit 0 red,
/// bit 1 green, bit 2 blue. A channel counts when it is at least half of the brightest one, so dark
/// colours keep their hue. No colour (0) shows white so the name stays readable.
/// </remarks>
public static class StripColors
{
    /// <summary>White, for strips without a colour.</summary>
    public const byte White = 7;

    /// <summary>The backlight code nearest <paramref name="rgb"/>.</summary>
    public static byte Nearest(int rgb)
    {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        var max = Math.Max(r, Math.Max(g, b));
        if (max == 0)
            return White;
        var half = (max + 1) / 2;
        return (byte)((r >= half ? 1 : 0) | (g >= half ? 2 : 0) | (b >= half ? 4 : 0));
    }
}

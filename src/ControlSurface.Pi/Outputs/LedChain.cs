using System.Drawing;
using Iot.Device.Ws28xx;

namespace ControlSurface.Pi.Outputs;

/// <summary>A WS2812B chain on SPI MOSI through the binding; pixels are sent only when one changed (or a blink phase flipped).</summary>
internal sealed class LedChain(Ws2812b strip, int count)
{
    private readonly int[] _shown = CreateShown(count);

    /// <summary>Frames sent to the chain.</summary>
    public long Frames { get; private set; }

    /// <summary>Sets the pixels from <paramref name="colorOf"/> (0xRRGGBB per index) and sends a frame if any changed.</summary>
    public void Show(Func<int, int> colorOf)
    {
        var changed = false;
        for (var i = 0; i < _shown.Length; i++)
        {
            var c = colorOf(i);
            if (c == _shown[i])
                continue;
            _shown[i] = c;
            strip.Image.SetPixel(i, 0, Color.FromArgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
            changed = true;
        }
        if (!changed)
            return;
        strip.Update();
        Frames++;
    }

    private static int[] CreateShown(int count)
    {
        var shown = new int[count];
        Array.Fill(shown, -1); // forces the first frame, which also blanks LEDs left on by a previous run
        return shown;
    }
}

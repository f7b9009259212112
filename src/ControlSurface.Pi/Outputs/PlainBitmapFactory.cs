using Iot.Device.Graphics;

namespace ControlSurface.Pi.Outputs;

/// <summary>Makes <see cref="PlainBitmap"/>s for bindings that need a <see cref="BitmapImage"/> (the SSD1306 clears through one).</summary>
/// <remarks>Registered once per process, the first time an OLED opens; it replaces no real backend (the Pi build has none).</remarks>
internal sealed class PlainBitmapFactory : IImageFactory
{
    private static int _registered;

    /// <summary>Registers the factory with the bindings, once.</summary>
    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            BitmapImage.RegisterImageFactory(new PlainBitmapFactory());
    }

    public BitmapImage CreateBitmap(int width, int height, PixelFormat pixelFormat) => new PlainBitmap(width, height, pixelFormat);

    public BitmapImage CreateFromStream(Stream file) =>
        throw new NotSupportedException("the Pi build has no image decoder; text is drawn with the built-in 6x8 font");
}

using System.Drawing;
using System.Runtime.InteropServices;
using Iot.Device.Graphics;

namespace ControlSurface.Pi.Outputs;

/// <summary>An in-memory 32-bit image with pixel access only (no drawing API, no file formats).</summary>
internal sealed class PlainBitmap(int width, int height, PixelFormat format) : BitmapImage(width, height, width * 4, format)
{
    private readonly int[] _pixels = new int[width * height];

    public override void SetPixel(int x, int y, Color color) => _pixels[(y * Width) + x] = color.ToArgb();

    public override Color GetPixel(int x, int y) => Color.FromArgb(_pixels[(y * Width) + x]);

    public override Span<byte> AsByteSpan() => MemoryMarshal.AsBytes(_pixels.AsSpan());

    public override void SaveToStream(Stream stream, ImageFileType format) =>
        throw new NotSupportedException("a plain bitmap has no file format");

    public override IGraphics GetDrawingApi() =>
        throw new NotSupportedException("a plain bitmap has no drawing API; draw text with OledFont");

    protected override void Dispose(bool disposing)
    {
        // Managed memory only.
    }
}

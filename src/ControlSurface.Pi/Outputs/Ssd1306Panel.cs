using Iot.Device.Graphics;
using Iot.Device.Ssd13xx;
using Iot.Device.Ssd13xx.Commands.Ssd1306Commands;

namespace ControlSurface.Pi.Outputs;

/// <summary>An SSD1306 OLED (128×32 or 128×64, I2C) as a text panel: 6×8-pixel cells, one display page per text line.</summary>
/// <remarks>
/// The binding draws text only through a graphics backend (SkiaSharp), which the NativeAOT Pi build does not carry.
/// So the panel renders <see cref="OledFont"/> glyphs into page bytes itself and sends them with the binding's own
/// commands: column and page window (horizontal addressing, set up by the binding's init), then the data. A slot of
/// 7 characters is 42 data bytes, about 1 ms at 400 kHz, so a write fits in one poll of the surface loop.
/// </remarks>
internal sealed class Ssd1306Panel : ITextPanel
{
    private readonly Ssd1306 _oled;
    private readonly byte[] _line;

    public Ssd1306Panel(System.Device.I2c.I2cDevice device, int width, int height)
    {
        // The binding's constructor clears the screen through a bitmap, so it needs an image factory even without a backend.
        PlainBitmapFactory.EnsureRegistered();
        _oled = new Ssd1306(device, width, height);
        Columns = width / OledFont.CellWidth;
        Rows = height / 8;
        _line = new byte[Columns * OledFont.CellWidth];
    }

    public int Columns { get; }

    public int Rows { get; }

    public void Clear()
    {
        Array.Clear(_line);
        for (var row = 0; row < Rows; row++)
            Send(0, row, _line.Length);
    }

    public void Write(int column, int row, ReadOnlySpan<char> text)
    {
        var length = Math.Min(text.Length, Columns - column);
        for (var i = 0; i < length; i++)
            OledFont.Render(text[i], _line.AsSpan(i * OledFont.CellWidth, OledFont.CellWidth));
        Send(column * OledFont.CellWidth, row, length * OledFont.CellWidth);
    }

    public void Dispose() => _oled.Dispose();

    private void Send(int x, int row, int bytes)
    {
        if (bytes <= 0)
            return;
        _oled.SendCommand(new SetColumnAddress((byte)x, (byte)(x + bytes - 1)));
        _oled.SendCommand(new SetPageAddress((PageAddress)row, (PageAddress)row));
        _oled.SendData(_line.AsSpan(0, bytes));
    }
}

using System.Text;

namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>
/// An SSD1306 OLED on I2C: decodes the control byte (Co, D/C#), the command set with its argument counts, and the
/// horizontal and page addressing modes, and writes data bytes into a 128 × 8-page framebuffer (bit 0 = top row of a page).
/// </summary>
public sealed class FakeSsd1306(int bus = 1, int address = 0x3C, int height = 32) : FakeI2cChip(bus, address)
{
    private readonly byte[,] _ram = new byte[8, 128];
    private readonly List<byte> _command = [];
    private int _mode = 2; // page addressing after reset
    private int _colStart, _colEnd = 127, _pageStart, _pageEnd = 7;
    private int _col, _page;

    /// <summary>True after Display ON (0xAF), false after Display OFF (0xAE).</summary>
    public bool DisplayOn { get; private set; }

    /// <summary>Data bytes written to display RAM.</summary>
    public long DataBytes { get; private set; }

    /// <summary>Commands the fake could not decode (should stay 0).</summary>
    public int UnknownCommands { get; private set; }

    /// <summary>The pixel at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public bool Pixel(int x, int y) => (_ram[y / 8, x] & (1 << (y % 8))) != 0;

    /// <summary>The RAM byte of column <paramref name="x"/> in <paramref name="page"/>.</summary>
    public byte Column(int page, int x) => _ram[page, x];

    /// <summary>
    /// Reads text back from display line <paramref name="page"/>: each 6-column cell is matched against
    /// <paramref name="glyphOf"/> (printable ASCII); a blank cell reads ' ', an unknown pattern '#'.
    /// </summary>
    public string Text(int page, Func<char, byte[]> glyphOf, int cells = 21)
    {
        var text = new StringBuilder(cells);
        for (var cell = 0; cell < cells; cell++)
        {
            var found = '#';
            for (var c = ' '; c <= '~'; c++)
            {
                var glyph = glyphOf(c);
                var match = true;
                for (var i = 0; i < 6 && match; i++)
                    match = _ram[page, (cell * 6) + i] == glyph[i];
                if (match)
                {
                    found = c;
                    break;
                }
            }
            text.Append(found);
        }
        return text.ToString();
    }

    /// <summary>The panel's rows (32 or 64), as wired.</summary>
    public int Height { get; } = height;

    protected override void OnWrite(ReadOnlySpan<byte> data)
    {
        var i = 0;
        while (i < data.Length)
        {
            var control = data[i++];
            var single = (control & 0x80) != 0; // Co: one byte, then another control byte
            var isData = (control & 0x40) != 0;
            var end = single ? Math.Min(i + 1, data.Length) : data.Length;
            for (; i < end; i++)
            {
                if (isData)
                    Store(data[i]);
                else
                    Command(data[i]);
            }
        }
    }

    protected override void OnRead(Span<byte> buffer) => buffer.Fill((byte)(DisplayOn ? 0x03 : 0x43)); // status byte

    private void Command(byte b)
    {
        _command.Add(b);
        var op = _command[0];
        if (_command.Count <= Arguments(op))
            return;
        Execute(op);
        _command.Clear();
    }

    private static int Arguments(byte op) => op switch
    {
        0x81 or 0xD5 or 0xA8 or 0xD3 or 0x8D or 0x20 or 0xDA or 0xD9 or 0xDB => 1,
        0x21 or 0x22 or 0xA3 => 2,
        0x29 or 0x2A => 5,
        0x26 or 0x27 => 6,
        _ => 0,
    };

    private void Execute(byte op)
    {
        switch (op)
        {
            case 0xAE or 0xAF:
                DisplayOn = op == 0xAF;
                break;
            case 0x20:
                _mode = _command[1] & 0x03;
                break;
            case 0x21:
                (_colStart, _colEnd, _col) = (_command[1] & 0x7F, _command[2] & 0x7F, _command[1] & 0x7F);
                break;
            case 0x22:
                (_pageStart, _pageEnd, _page) = (_command[1] & 0x07, _command[2] & 0x07, _command[1] & 0x07);
                break;
            case >= 0xB0 and <= 0xB7:
                _page = op & 0x07;
                break;
            case <= 0x0F:
                _col = (_col & 0xF0) | op;
                break;
            case >= 0x10 and <= 0x1F:
                _col = ((op & 0x0F) << 4) | (_col & 0x0F);
                break;
            case >= 0x40 and <= 0x7F or 0xA0 or 0xA1 or 0xC0 or 0xC8 or 0xA4 or 0xA5 or 0xA6 or 0xA7 or 0x2E or 0x2F or 0xE3:
            case 0x81 or 0xD5 or 0xA8 or 0xD3 or 0x8D or 0xDA or 0xD9 or 0xDB or 0xA3 or 0x26 or 0x27 or 0x29 or 0x2A:
                break; // display tuning: no effect on RAM
            default:
                UnknownCommands++;
                break;
        }
    }

    private void Store(byte b)
    {
        _ram[_page, _col] = b;
        DataBytes++;
        if (_mode == 2)
        {
            _col = (_col + 1) & 0x7F; // page mode: the column wraps, the page stays
            return;
        }
        if (_mode == 1)
        {
            if (++_page > _pageEnd)
            {
                _page = _pageStart;
                _col = _col >= _colEnd ? _colStart : _col + 1;
            }
            return;
        }
        if (++_col > _colEnd)
        {
            _col = _colStart;
            _page = _page >= _pageEnd ? _pageStart : _page + 1;
        }
    }
}

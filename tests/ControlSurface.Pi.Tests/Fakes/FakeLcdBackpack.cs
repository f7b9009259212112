namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>
/// A PCF8574 I2C backpack driving an HD44780: each written byte sets the port (P0 RS, P1 RW, P2 E, P3 backlight, P4..P7 D4..D7);
/// the controller latches a nibble on E's falling edge, starts in 8-bit mode and switches to 4-bit on a function set with DL=0.
/// </summary>
public sealed class FakeLcdBackpack(int bus = 1, int address = 0x27) : FakeI2cChip(bus, address)
{
    private const byte Rs = 0x01, E = 0x04, Backlight = 0x08;
    private readonly byte[] _ddram = CreateBlank();
    private byte _port;
    private bool _eightBit = true;
    private int _highNibble = -1;
    private int _address;
    private bool _cgram;

    /// <summary>The backlight bit of the last byte written.</summary>
    public bool BacklightOn => (_port & Backlight) != 0;

    /// <summary>True once a display-control command turned the display on.</summary>
    public bool DisplayOn { get; private set; }

    /// <summary>Clear-display commands seen.</summary>
    public int Clears { get; private set; }

    /// <summary>The characters on <paramref name="row"/> of a display with <paramref name="columns"/> columns (HD44780 row addresses 0x00, 0x40, +columns).</summary>
    public string Row(int row, int columns = 20)
    {
        int[] starts = [0x00, 0x40, columns, 0x40 + columns];
        var chars = new char[columns];
        for (var i = 0; i < columns; i++)
            chars[i] = (char)_ddram[(starts[row] + i) & 0x7F];
        return new string(chars);
    }

    protected override void OnWrite(ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            var falling = (_port & E) != 0 && (b & E) == 0;
            _port = b;
            if (falling)
                Latch((byte)(b >> 4), (b & Rs) != 0);
        }
    }

    protected override void OnRead(Span<byte> buffer) => buffer.Fill(_port);

    private void Latch(byte nibble, bool data)
    {
        if (_eightBit)
        {
            // Only D4..D7 are wired, so in 8-bit mode the low nibble reads as 0.
            Execute((byte)(nibble << 4), data);
            return;
        }
        if (_highNibble < 0)
        {
            _highNibble = nibble;
            return;
        }
        var value = (byte)((_highNibble << 4) | nibble);
        _highNibble = -1;
        Execute(value, data);
    }

    private void Execute(byte b, bool data)
    {
        if (data)
        {
            if (!_cgram)
                _ddram[_address] = b;
            _address = (_address + 1) & 0x7F;
            return;
        }
        if ((b & 0x80) != 0) { _address = b & 0x7F; _cgram = false; }
        else if ((b & 0x40) != 0) { _cgram = true; }
        else if ((b & 0x20) != 0) { _eightBit = (b & 0x10) != 0; _highNibble = -1; }
        else if ((b & 0x10) != 0) { }
        else if ((b & 0x08) != 0) { DisplayOn = (b & 0x04) != 0; }
        else if ((b & 0x04) != 0) { }
        else if ((b & 0x02) != 0) { _address = 0; }
        else if (b == 0x01) { Array.Fill(_ddram, (byte)' '); _address = 0; Clears++; }
    }

    private static byte[] CreateBlank()
    {
        var ram = new byte[128];
        Array.Fill(ram, (byte)' ');
        return ram;
    }
}

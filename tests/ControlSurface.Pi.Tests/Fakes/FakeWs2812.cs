namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>A WS2812B chain on SPI MOSI at 2.4 MHz: every LED bit is 3 SPI bits (110 = one, 100 = zero), GRB order.</summary>
public sealed class FakeWs2812(int bus = 0, int chipSelect = 0) : FakeSpiChip(bus, chipSelect)
{
    private byte[] _frame = [];

    /// <summary>Frames received.</summary>
    public int Frames { get; private set; }

    /// <summary>Bit patterns that were neither 110 nor 100 (a corrupt frame).</summary>
    public int BadBits { get; private set; }

    /// <summary>The colour (0xRRGGBB) LED <paramref name="index"/> shows after the last frame.</summary>
    public int Color(int index)
    {
        var g = Component(index * 9);
        var r = Component(index * 9 + 3);
        var b = Component(index * 9 + 6);
        return (r << 16) | (g << 8) | b;
    }

    protected override void Transfer(ReadOnlySpan<byte> mosi, Span<byte> miso)
    {
        _frame = mosi.ToArray();
        Frames++;
        miso.Clear();
    }

    private int Component(int offset)
    {
        if (offset + 3 > _frame.Length)
            return 0;
        var bits = (_frame[offset] << 16) | (_frame[offset + 1] << 8) | _frame[offset + 2];
        var value = 0;
        for (var i = 7; i >= 0; i--)
        {
            var triple = (bits >> (i * 3)) & 7;
            if (triple is not (0b110 or 0b100))
                BadBits++;
            value = (value << 1) | ((triple >> 1) & 1);
        }
        return value;
    }
}

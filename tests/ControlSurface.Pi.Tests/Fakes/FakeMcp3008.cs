namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>MCP3008 model: decodes the start/single/channel bits of a 3-byte transfer and shifts out a null bit and 10 data bits.</summary>
public sealed class FakeMcp3008(int bus = 0, int chipSelect = 0) : FakeSpiChip(bus, chipSelect)
{
    private readonly int[] _counts = new int[8];

    /// <summary>Conversions answered.</summary>
    public int Conversions { get; private set; }

    /// <summary>Sets channel <paramref name="channel"/> to <paramref name="count"/> (0..1023).</summary>
    public void Set(int channel, int count) => _counts[channel] = Math.Clamp(count, 0, 1023);

    protected override void Transfer(ReadOnlySpan<byte> mosi, Span<byte> miso)
    {
        miso.Clear();
        if (mosi.Length != 3)
            return;
        var request = ((mosi[0] << 16) | (mosi[1] << 8) | mosi[2]) >> 12;
        if ((request & 0x10) == 0 || (request & 0x08) == 0)
            return; // no start bit, or a differential request: the line stays low
        var value = _counts[request & 7];
        miso[1] = (byte)((value >> 8) & 0x03);
        miso[2] = (byte)value;
        Conversions++;
    }
}

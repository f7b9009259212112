using System.Device.Spi;

namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>Base of the SPI chip fakes: every transfer goes to the chip model.</summary>
public abstract class FakeSpiChip(int bus, int chipSelect) : SpiDevice
{
    public override SpiConnectionSettings ConnectionSettings { get; } = new(bus, chipSelect);

    /// <summary>Exchanges one transfer: <paramref name="mosi"/> from the Pi, <paramref name="miso"/> back.</summary>
    protected abstract void Transfer(ReadOnlySpan<byte> mosi, Span<byte> miso);

    public override void TransferFullDuplex(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer) => Transfer(writeBuffer, readBuffer);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Span<byte> ignored = new byte[buffer.Length];
        Transfer(buffer, ignored);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Read(Span<byte> buffer)
    {
        Span<byte> zeros = new byte[buffer.Length];
        Transfer(zeros, buffer);
    }

    public override byte ReadByte()
    {
        Span<byte> b = stackalloc byte[1];
        Read(b);
        return b[0];
    }
}

using System.Device.I2c;

namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>Base of the register-level chip fakes: an I2cDevice whose bytes go to the chip model, not to /dev/i2c.</summary>
public abstract class FakeI2cChip(int bus, int address) : I2cDevice
{
    public override I2cConnectionSettings ConnectionSettings { get; } = new(bus, address);

    /// <summary>Every write transaction, for tests that check the bytes on the wire.</summary>
    public List<byte[]> Writes { get; } = [];

    /// <summary>When set, the next transaction throws this (a loose wire).</summary>
    public IOException? FailNext { get; set; }

    /// <summary>The chip receives one write transaction.</summary>
    protected abstract void OnWrite(ReadOnlySpan<byte> data);

    /// <summary>The chip answers one read transaction.</summary>
    protected abstract void OnRead(Span<byte> buffer);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Fail();
        Writes.Add(buffer.ToArray());
        OnWrite(buffer);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Read(Span<byte> buffer)
    {
        Fail();
        OnRead(buffer);
    }

    public override byte ReadByte()
    {
        Span<byte> b = stackalloc byte[1];
        Read(b);
        return b[0];
    }

    public override void WriteRead(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        Write(writeBuffer);
        Read(readBuffer);
    }

    private void Fail()
    {
        if (FailNext is { } e)
        {
            FailNext = null;
            throw e;
        }
    }
}

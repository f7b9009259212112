using System.Buffers.Binary;
using System.Text;
using ControlSurface.Firmware.Protocol;

namespace ControlSurface.Firmware.Tests.Protocol;

public sealed class Crc16Tests
{
    [Fact]
    public void Compute_CheckString_Is29B1()
    {
        var check = Convert.ToUInt16(GoldenVectors.Root.GetProperty("crc").GetProperty("check").GetString(), 16);

        var crc = Crc16.Compute(Encoding.ASCII.GetBytes("123456789"));

        Assert.Equal(0x29B1, crc);
        Assert.Equal(check, crc);
    }

    [Fact]
    public void Compute_DataWithItsCrcAppendedBigEndian_IsZero()
    {
        var data = new byte[] { 0x10, 0x08, 0x02, 0xFF, 0x03, 0x01, 0, 0 };
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(6), Crc16.Compute(data.AsSpan(0, 6)));

        Assert.Equal(0, Crc16.Compute(data));
    }

    [Fact]
    public void Update_InTwoParts_EqualsWhole()
    {
        var data = Encoding.ASCII.GetBytes("123456789");

        var crc = Crc16.Update(Crc16.Compute(data.AsSpan(0, 4)), data.AsSpan(4));

        Assert.Equal(Crc16.Compute(data), crc);
    }
}

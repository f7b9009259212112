namespace ControlSurface.Firmware.Protocol;

/// <summary>CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR; check value 0x29B1).</summary>
/// <remarks>Appended big-endian; the CRC over data plus its appended CRC is 0x0000.</remarks>
public static class Crc16
{
    private static readonly ushort[] Table = BuildTable();

    /// <summary>The initial register value.</summary>
    public const ushort Initial = 0xFFFF;

    /// <summary>Computes the CRC of <paramref name="data"/>.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data) => Update(Initial, data);

    /// <summary>Continues a CRC over more data.</summary>
    public static ushort Update(ushort crc, ReadOnlySpan<byte> data)
    {
        var table = Table;
        foreach (var b in data)
            crc = (ushort)((crc << 8) ^ table[(crc >> 8) ^ b]);
        return crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)(i << 8);
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            table[i] = crc;
        }
        return table;
    }
}

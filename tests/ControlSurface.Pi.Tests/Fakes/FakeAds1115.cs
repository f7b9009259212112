using System.Buffers.Binary;

namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>ADS1115 register model: 16-bit big-endian registers behind a pointer; a config write with OS=1 converts at once.</summary>
public sealed class FakeAds1115(int bus = 1, int address = 0x48) : FakeI2cChip(bus, address)
{
    private static readonly double[] FullScale = [6.144, 4.096, 2.048, 1.024, 0.512, 0.256, 0.256, 0.256];
    private readonly ushort[] _registers = [0, 0x8583, 0x8000, 0x7FFF];
    private readonly double[] _volts = new double[4];
    private int _pointer;

    /// <summary>Single-shot conversions done.</summary>
    public int Conversions { get; private set; }

    /// <summary>The config register as last written.</summary>
    public ushort Config => _registers[1];

    /// <summary>Sets the voltage on AIN<paramref name="channel"/>.</summary>
    public void SetVolts(int channel, double volts) => _volts[channel] = volts;

    protected override void OnWrite(ReadOnlySpan<byte> data)
    {
        _pointer = data[0] & 3;
        if (data.Length < 3)
            return;
        var value = BinaryPrimitives.ReadUInt16BigEndian(data[1..]);
        _registers[_pointer] = value;
        if (_pointer == 1 && (value & 0x8000) != 0)
            Convert(value);
    }

    protected override void OnRead(Span<byte> buffer)
    {
        // OS reads 1 when no conversion is running; ours finish instantly.
        var value = _pointer == 1 ? (ushort)(_registers[1] | 0x8000) : _registers[_pointer];
        Span<byte> be = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(be, value);
        be[..Math.Min(2, buffer.Length)].CopyTo(buffer);
    }

    private void Convert(ushort config)
    {
        var mux = (config >> 12) & 7;
        var fs = FullScale[(config >> 9) & 7];
        // MUX 4..7 are the single-ended inputs AIN0..AIN3; differential pairs are not wired in these tests.
        var volts = mux >= 4 ? _volts[mux - 4] : 0;
        var raw = Math.Clamp(Math.Round(volts / fs * 32768), short.MinValue, short.MaxValue);
        _registers[0] = unchecked((ushort)(short)raw);
        Conversions++;
    }
}

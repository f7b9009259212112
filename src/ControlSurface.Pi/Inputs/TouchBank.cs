using System.Device.I2c;
using Iot.Device.Mpr121;

namespace ControlSurface.Pi.Inputs;

/// <summary>An MPR121: the binding configures the electrodes; each poll reads the two touch-status bytes.</summary>
/// <remarks>
/// <see cref="Mpr121.ReadChannelStatuses"/> builds a dictionary per call, so the poll reads registers 0x00/0x01
/// itself (one 2-byte transfer, nothing allocated). The binding's own refresh timer is off.
/// </remarks>
internal sealed class TouchBank : IDisposable
{
    private readonly I2cDevice _device;
    private readonly Mpr121 _chip;

    public TouchBank(I2cDevice device)
    {
        _device = device;
        _chip = new Mpr121(device, periodRefresh: -1);
    }

    /// <summary>Touched electrodes as bits 0..11, as of the last <see cref="Read"/>.</summary>
    public int Touched { get; private set; }

    /// <summary>Reads the touch status; returns the bits that changed.</summary>
    public int Read()
    {
        Span<byte> reg = [0x00];
        Span<byte> status = stackalloc byte[2];
        _device.WriteRead(reg, status);
        var now = (status[0] | (status[1] << 8)) & 0x0FFF;
        var changed = now ^ Touched;
        Touched = now;
        return changed;
    }

    public void Dispose() => _chip.Dispose();
}

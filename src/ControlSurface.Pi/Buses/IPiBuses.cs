using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Spi;

namespace ControlSurface.Pi.Buses;

/// <summary>Opens the Pi's buses. The real one opens /dev/i2c-N, /dev/spidevB.C and gpiochip; tests hand in fakes of the chips.</summary>
public interface IPiBuses : IDisposable
{
    /// <summary>The controller for the Pi's own GPIO pins (BCM numbering).</summary>
    GpioController Gpio { get; }

    /// <summary>Opens the device at <paramref name="address"/> on I2C bus <paramref name="bus"/>.</summary>
    I2cDevice OpenI2c(int bus, int address);

    /// <summary>Opens SPI bus <paramref name="bus"/>, chip select <paramref name="chipSelect"/>, with the given clock and mode.</summary>
    SpiDevice OpenSpi(int bus, int chipSelect, int clockHz, SpiMode mode);
}

using System.Device.Gpio;
using System.Device.Gpio.Drivers;
using System.Device.I2c;
using System.Device.Spi;

namespace ControlSurface.Pi.Buses;

/// <summary>The real buses of a Raspberry Pi through System.Device.Gpio (libgpiod, i2c-dev, spidev).</summary>
/// <remarks>
/// Give <paramref name="gpioChip"/> when the default driver guesses wrong: Pi 5 images renumbered the
/// header chip (gpiochip4 to gpiochip0), so the chip number is a setting, not a constant.
/// </remarks>
public sealed class SystemPiBuses(int? gpioChip = null) : IPiBuses
{
    /// <inheritdoc/>
    public GpioController Gpio { get; } = gpioChip is { } chip ? new GpioController(new LibGpiodDriver(chip)) : new GpioController();

    /// <inheritdoc/>
    public I2cDevice OpenI2c(int bus, int address) => I2cDevice.Create(new I2cConnectionSettings(bus, address));

    /// <inheritdoc/>
    public SpiDevice OpenSpi(int bus, int chipSelect, int clockHz, SpiMode mode) =>
        SpiDevice.Create(new SpiConnectionSettings(bus, chipSelect) { ClockFrequency = clockHz, Mode = mode });

    /// <inheritdoc/>
    public void Dispose() => Gpio.Dispose();
}

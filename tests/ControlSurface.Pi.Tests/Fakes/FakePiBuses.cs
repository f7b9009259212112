using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Spi;
using ControlSurface.Pi.Buses;

namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>The Pi's buses with fake chips plugged in; opening an empty address fails like a NACK on the real bus.</summary>
public sealed class FakePiBuses : IPiBuses
{
    private readonly Dictionary<(int Bus, int Address), FakeI2cChip> _i2c = [];
    private readonly Dictionary<(int Bus, int ChipSelect), FakeSpiChip> _spi = [];

    public FakePiBuses()
    {
        Pins = new FakeGpioDriver();
        Gpio = new GpioController(Pins);
    }

    /// <summary>The fake pin driver behind <see cref="Gpio"/>.</summary>
    public FakeGpioDriver Pins { get; }

    public GpioController Gpio { get; }

    /// <summary>SPI opens as (bus, chip select, clock, mode), in order.</summary>
    public List<(int Bus, int ChipSelect, int ClockHz, SpiMode Mode)> SpiOpens { get; } = [];

    public T Add<T>(T chip)
        where T : class
    {
        switch (chip)
        {
            case FakeI2cChip i2c:
                _i2c[(i2c.ConnectionSettings.BusId, i2c.ConnectionSettings.DeviceAddress)] = i2c;
                break;
            case FakeSpiChip spi:
                _spi[(spi.ConnectionSettings.BusId, spi.ConnectionSettings.ChipSelectLine)] = spi;
                break;
        }
        return chip;
    }

    public I2cDevice OpenI2c(int bus, int address) =>
        _i2c.TryGetValue((bus, address), out var chip) ? chip : throw new IOException($"no device answers at 0x{address:X2} on I2C bus {bus}");

    public SpiDevice OpenSpi(int bus, int chipSelect, int clockHz, SpiMode mode)
    {
        SpiOpens.Add((bus, chipSelect, clockHz, mode));
        return _spi.TryGetValue((bus, chipSelect), out var chip) ? chip : throw new IOException($"no /dev/spidev{bus}.{chipSelect}");
    }

    public void Dispose() => Gpio.Dispose();
}

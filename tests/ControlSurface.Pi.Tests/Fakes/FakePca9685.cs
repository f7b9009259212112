namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>PCA9685 register model: LEDn_ON/OFF 12-bit counts with the full-on/full-off bits, ALL_LED writes to every channel.</summary>
public sealed class FakePca9685(int bus = 1, int address = 0x40) : FakeRegisterChip(bus, address)
{
    private const int Led0 = 0x06, AllLed = 0xFA;

    /// <summary>The duty cycle channel <paramref name="channel"/> outputs, 0..1.</summary>
    public double Duty(int channel)
    {
        var r = Led0 + 4 * channel;
        var on = Registers[r] | ((Registers[r + 1] & 0x0F) << 8);
        var off = Registers[r + 2] | ((Registers[r + 3] & 0x0F) << 8);
        if ((Registers[r + 3] & 0x10) != 0)
            return 0;
        if ((Registers[r + 1] & 0x10) != 0)
            return 1;
        return ((off - on) & 0x0FFF) / 4096.0;
    }

    /// <summary>The prescaler as programmed (sets the PWM frequency: 25 MHz / (4096 × (prescale + 1))).</summary>
    public int Prescale => Registers[0xFE];

    protected override void OnRegisterWrite(int register, byte value)
    {
        base.OnRegisterWrite(register, value);
        if (register is >= AllLed and <= AllLed + 3)
        {
            for (var ch = 0; ch < 16; ch++)
                Registers[Led0 + 4 * ch + (register - AllLed)] = value;
        }
    }
}

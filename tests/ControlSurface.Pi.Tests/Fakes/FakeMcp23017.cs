namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>
/// MCP23017 register model (BANK=0): IODIR/GPPU/GPINTEN/DEFVAL/INTCON/IOCON/INTF/INTCAP/GPIO/OLAT, interrupt on change
/// with INTA driven on a fake Pi pin (active low, MIRROR honoured); reading GPIO or INTCAP clears the port's flags.
/// </summary>
public sealed class FakeMcp23017 : FakeRegisterChip
{
    private const int Iodir = 0x00, Gpinten = 0x04, Defval = 0x06, Intcon = 0x08, Iocon = 0x0A, Intf = 0x0E, Intcap = 0x10, Gpio = 0x12, Olat = 0x14;
    private readonly FakeGpioDriver? _pi;
    private readonly int _intAPin;
    private ushort _external = 0xFFFF;

    public FakeMcp23017(int bus = 1, int address = 0x20, FakeGpioDriver? pi = null, int intAPin = -1)
        : base(bus, address)
    {
        _pi = pi;
        _intAPin = intAPin;
        Registers[Iodir] = Registers[Iodir + 1] = 0xFF;
    }

    /// <summary>GPIO register reads seen (each one clears interrupts).</summary>
    public int GpioReads { get; private set; }

    /// <summary>Presses (shorts to ground) or releases pin 0..15.</summary>
    public void Press(int pin, bool pressed)
    {
        var before = Levels();
        _external = (ushort)(pressed ? _external & ~(1 << pin) : _external | (1 << pin));
        var after = Levels();
        for (var port = 0; port < 2; port++)
        {
            var changed = (byte)((before ^ after) >> (8 * port));
            var now = (byte)(after >> (8 * port));
            var enabled = Registers[Gpinten + port];
            var compare = Registers[Intcon + port];
            // INTCON=0: any change; INTCON=1: level differs from DEFVAL.
            var fire = (byte)(enabled & ((changed & ~compare) | (compare & (now ^ Registers[Defval + port]))));
            if (fire == 0)
                continue;
            if (Registers[Intf + port] == 0)
                Registers[Intcap + port] = now;
            Registers[Intf + port] |= fire;
        }
        UpdateIntA();
    }

    /// <summary>Pin levels as the chip sees them: inputs from outside, outputs from the latch.</summary>
    private ushort Levels()
    {
        var dir = Registers[Iodir] | (Registers[Iodir + 1] << 8);
        var latch = Registers[Olat] | (Registers[Olat + 1] << 8);
        return (ushort)((_external & dir) | (latch & ~dir));
    }

    protected override void OnRegisterWrite(int register, byte value)
    {
        switch (register)
        {
            case Gpio or Gpio + 1:
                Registers[Olat + register - Gpio] = value;
                break;
            case Iocon or Iocon + 1:
                Registers[Iocon] = Registers[Iocon + 1] = value;
                break;
            case Intf or Intf + 1 or Intcap or Intcap + 1:
                break; // read-only
            default:
                base.OnRegisterWrite(register, value);
                break;
        }
    }

    protected override byte OnRegisterRead(int register)
    {
        if (register is Gpio or Gpio + 1)
        {
            GpioReads++;
            Registers[Intf + register - Gpio] = 0;
            var value = (byte)(Levels() >> (8 * (register - Gpio)));
            UpdateIntA();
            return value;
        }
        if (register is Intcap or Intcap + 1)
        {
            Registers[Intf + register - Intcap] = 0;
            UpdateIntA();
        }
        return base.OnRegisterRead(register);
    }

    private void UpdateIntA()
    {
        if (_pi is null || _intAPin < 0)
            return;
        var mirror = (Registers[Iocon] & 0x40) != 0;
        var pending = Registers[Intf] != 0 || (mirror && Registers[Intf + 1] != 0);
        _pi.Drive(_intAPin, pending ? System.Device.Gpio.PinValue.Low : System.Device.Gpio.PinValue.High);
    }
}

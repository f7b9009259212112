namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>An 8-bit register file with an address pointer that auto-increments (PCA9685, MPR121, MCP23017 in BANK=0).</summary>
public class FakeRegisterChip(int bus, int address) : FakeI2cChip(bus, address)
{
    private int _pointer;

    /// <summary>The registers, 256 of them.</summary>
    public byte[] Registers { get; } = new byte[256];

    protected override void OnWrite(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
            return;
        _pointer = data[0];
        for (var i = 1; i < data.Length; i++)
        {
            OnRegisterWrite(_pointer, data[i]);
            _pointer = (_pointer + 1) & 0xFF;
        }
    }

    protected override void OnRead(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = OnRegisterRead(_pointer);
            _pointer = (_pointer + 1) & 0xFF;
        }
    }

    /// <summary>Stores a written register; chips with side effects override.</summary>
    protected virtual void OnRegisterWrite(int register, byte value) => Registers[register] = value;

    /// <summary>Returns a register; chips whose reads have side effects override.</summary>
    protected virtual byte OnRegisterRead(int register) => Registers[register];
}

namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>MPR121 register model: the binding's configuration lands in the register file; touch status lives in 0x00/0x01.</summary>
public sealed class FakeMpr121(int bus = 1, int address = 0x5A) : FakeRegisterChip(bus, address)
{
    /// <summary>ELECONF (0x5E): non-zero once the binding has started the electrodes.</summary>
    public byte ElectrodeConfig => Registers[0x5E];

    /// <summary>Puts a finger on (or takes it off) electrode <paramref name="electrode"/>.</summary>
    public void Touch(int electrode, bool touched)
    {
        var status = Registers[0] | (Registers[1] << 8);
        status = touched ? status | (1 << electrode) : status & ~(1 << electrode);
        Registers[0] = (byte)status;
        Registers[1] = (byte)(status >> 8);
    }

    protected override void OnRegisterWrite(int register, byte value)
    {
        // The status registers are read-only on the chip.
        if (register > 1)
            base.OnRegisterWrite(register, value);
    }
}

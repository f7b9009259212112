using ControlSurface.Pi.Inputs;
using ControlSurface.Pi.Outputs;

namespace ControlSurface.Pi;

/// <summary>The opened parts of a board, ready to poll; owns every binding it opened.</summary>
internal sealed class PiHardware : IDisposable
{
    public List<FaderChannel> Faders { get; } = [];

    public List<(TouchBank Bank, TouchRole[] Roles)> Touch { get; } = [];

    public PinButtons? PinButtons { get; set; }

    public List<ExpanderButtons> Expanders { get; } = [];

    public List<EncoderInput> Encoders { get; } = [];

    /// <summary>Each chain with, per pixel, the surface LED number shown there (-1 for none).</summary>
    public List<(LedChain Chain, int[] LedAt)> LedChains { get; } = [];

    /// <summary>Default colour per surface LED number.</summary>
    public int[] LedDefaultColor { get; set; } = [];

    public StripDisplay? Display { get; set; }

    /// <summary>Everything else that must be disposed (chips without a poll role of their own).</summary>
    public List<IDisposable> Owned { get; } = [];

    public void Dispose()
    {
        foreach (var f in Faders)
        {
            try
            {
                f.Motor?.Halt();
            }
            catch (IOException)
            {
                // The bus is gone; nothing more can be told to the bridge chip.
            }
        }
        foreach (var e in Encoders)
            e.Dispose();
        foreach (var x in Expanders)
            x.Dispose();
        foreach (var (bank, _) in Touch)
            bank.Dispose();
        Display?.Dispose();
        foreach (var o in Owned)
            o.Dispose();
    }
}

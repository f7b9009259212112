using Iot.Device.Ads1115;

namespace ControlSurface.Pi.Inputs;

/// <summary>One single-ended input of an ADS1115, read in single-shot mode (one conversion per read).</summary>
/// <remarks>At 860 samples/s a conversion takes ~1.2 ms, so prefer an MCP3008 for motor-fader wipers and keep the ADS1115 for pots.</remarks>
internal sealed class Ads1115Channel(Ads1115 adc, int channel) : IAdcChannel
{
    private readonly InputMultiplexer _input = InputMultiplexer.AIN0 + channel;

    public int Read() => Math.Max((int)adc.ReadRaw(_input), 0);
}

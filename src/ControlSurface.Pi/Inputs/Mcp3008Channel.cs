using Iot.Device.Adc;

namespace ControlSurface.Pi.Inputs;

/// <summary>One single-ended input of an MCP3008 (10 bits, 0..1023).</summary>
internal sealed class Mcp3008Channel(Mcp3008 adc, int channel) : IAdcChannel
{
    public int Read() => adc.Read(channel);
}

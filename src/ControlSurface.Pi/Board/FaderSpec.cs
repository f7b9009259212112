namespace ControlSurface.Pi.Board;

/// <summary>A fader: its wiper on an ADC channel, and optionally a motor and a touch electrode.</summary>
/// <param name="Fader">Zero-based fader number on the surface.</param>
/// <param name="Adc">Id of the ADC chip (ads1115 or mcp3008).</param>
/// <param name="Channel">ADC channel (ads1115 0..3, mcp3008 0..7).</param>
/// <param name="RawMin">ADC reading at the bottom of travel; null for 0.</param>
/// <param name="RawMax">ADC reading at the top of travel; null for the chip's reading at 3.3 V.</param>
/// <param name="Motor">The motor wiring, or null for a fader without motor.</param>
/// <param name="Touch">The touch electrode on the knob, or null.</param>
/// <param name="Path">Where the fader was declared, e.g. "faders[0]".</param>
public sealed record FaderSpec(int Fader, string Adc, int Channel, int? RawMin, int? RawMax, MotorSpec? Motor, ElectrodeRef? Touch, string Path);

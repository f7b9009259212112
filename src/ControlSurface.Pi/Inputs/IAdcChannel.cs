namespace ControlSurface.Pi.Inputs;

/// <summary>One ADC input, read as a raw count.</summary>
internal interface IAdcChannel
{
    /// <summary>Takes one reading now (blocking for the conversion).</summary>
    int Read();
}

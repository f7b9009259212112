namespace ControlSurface.Pi.Inputs;

/// <summary>A fader wiper: raw ADC counts scaled to 0..1 between the calibrated ends, with a dead band against noise.</summary>
internal sealed class FaderInput(IAdcChannel adc, int rawMin, int rawMax, double deadBand)
{
    /// <summary>The last position read, 0..1.</summary>
    public double Position { get; private set; }

    /// <summary>The last position reported to the engine, 0..1 (NaN before the first report).</summary>
    public double Reported { get; private set; } = double.NaN;

    /// <summary>Reads the wiper and updates <see cref="Position"/>.</summary>
    public double Sample()
    {
        var raw = adc.Read();
        Position = Math.Clamp((raw - rawMin) / (double)(rawMax - rawMin), 0, 1);
        return Position;
    }

    /// <summary>True when the position moved past the dead band since the last report (and marks it reported).</summary>
    public bool TakeMove(out double position)
    {
        position = Position;
        // The ends always report exactly, so a fader pushed to the stop reads 0 or 1 even inside the dead band.
        var atEnd = (Position == 0 || Position == 1) && Position != Reported;
        if (!double.IsNaN(Reported) && Math.Abs(Position - Reported) < deadBand && !atEnd)
            return false;
        Reported = Position;
        return true;
    }

    /// <summary>Marks the current position as already known to the engine (after the motor put it there).</summary>
    public void Absorb() => Reported = Position;
}

namespace ControlSurface.Pi.Motors;

/// <summary>Tuning of the position loop that drives a motor fader to its target.</summary>
/// <param name="DeadBand">Close enough: the motor stops within this distance of the target (0..1 travel).</param>
/// <param name="Gain">Extra duty per unit of distance (proportional term).</param>
/// <param name="MinDuty">Duty that just overcomes the fader's friction.</param>
/// <param name="MaxDuty">Duty cap, to protect the motor and the hand on the knob.</param>
/// <param name="Timeout">Give up (and count a stall) if the target is not reached in this time.</param>
public sealed record MotorLoopSettings(double DeadBand, double Gain, double MinDuty, double MaxDuty, TimeSpan Timeout)
{
    /// <summary>Values that suit common 60-100 mm ALPS/Bourns motor faders on 5-10 V.</summary>
    public static MotorLoopSettings Default { get; } = new(0.008, 2.5, 0.35, 0.9, TimeSpan.FromMilliseconds(800));
}

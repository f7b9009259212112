namespace ControlSurface.Firmware.Simulation;

/// <summary>Motor, PID and sensing constants of a simulated motor fader; positions are normalised travel, 0 (bottom) .. 1 (top).</summary>
/// <param name="MaxAcceleration">Acceleration at full motor drive from rest, travel per s².</param>
/// <param name="MaxSpeed">Top speed at full drive (back-EMF and friction balance the motor), travel per s.</param>
/// <param name="Kp">Proportional gain: drive (-1..1) per unit of position error.</param>
/// <param name="Ki">Integral gain: drive per unit error-second.</param>
/// <param name="Kd">Derivative gain: drive per unit of travel speed (acts on the measurement, so no kick on a new target).</param>
/// <param name="Deadband">Position error under which the motor rests, in travel.</param>
/// <param name="TouchDelay">Time the touch sensor needs to notice a hand (and to notice it left).</param>
/// <param name="PushThreshold">Drive magnitude above which a motor counts as pushing against a holding hand.</param>
public sealed record FaderPhysicsParameters(
    double MaxAcceleration = 160,
    double MaxSpeed = 6,
    double Kp = 30,
    double Ki = 4,
    double Kd = 0.5,
    double Deadband = 0.002,
    double TouchDelay = 0.002,
    double PushThreshold = 0.05)
{
    /// <summary>Typical ALPS-style 100 mm motor fader: full travel in about 0.2 s.</summary>
    public static FaderPhysicsParameters Default { get; } = new();
}

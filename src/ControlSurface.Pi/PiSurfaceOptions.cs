using ControlSurface.Pi.Motors;

namespace ControlSurface.Pi;

/// <summary>Settings of a <see cref="PiSurface"/> that are not wiring.</summary>
/// <param name="Name">The name shown to users.</param>
/// <param name="SurfaceIndex">The engine's index for this surface, carried in every <see cref="Core.Surfaces.ControlEvent"/>.</param>
/// <param name="PollInterval">Time between polls of the inputs and steps of the motor loops.</param>
/// <param name="Debounce">Button lock-out after an edge.</param>
/// <param name="FaderDeadBand">Smallest fader move reported (0..1 travel); keeps ADC noise off the engine.</param>
/// <param name="BlinkPeriod">Full on/off cycle of a blinking LED.</param>
/// <param name="Motor">Position-loop tuning for motor faders.</param>
public sealed record PiSurfaceOptions(
    string Name,
    int SurfaceIndex,
    TimeSpan PollInterval,
    TimeSpan Debounce,
    double FaderDeadBand,
    TimeSpan BlinkPeriod,
    MotorLoopSettings Motor)
{
    /// <summary>2 ms polls (500 Hz motor loop), 5 ms debounce, a dead band of 1/256 of travel, 1 s blink.</summary>
    public static PiSurfaceOptions Default { get; } = new("pi", 0, TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(5),
        1.0 / 256, TimeSpan.FromSeconds(1), MotorLoopSettings.Default);
}

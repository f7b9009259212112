namespace ControlSurface.Firmware.Simulation;

/// <summary>Everything that changes in one simulated motor fader; stepped by <see cref="FaderPhysics.Step"/>.</summary>
/// <remarks>Positions are normalised travel, 0..1. A mutable struct so a board keeps its faders in one array without allocation.</remarks>
public struct FaderState
{
    /// <summary>Knob position.</summary>
    public double Position;
    /// <summary>Knob speed, travel per second.</summary>
    public double Velocity;
    /// <summary>Where the motor should take the knob.</summary>
    public double Target;
    /// <summary>The PID's setpoint, ramped toward <see cref="Target"/> at <see cref="SpeedLimit"/>.</summary>
    public double Setpoint;
    /// <summary>Speed limit for the setpoint, travel per second (0 = none).</summary>
    public double SpeedLimit;
    /// <summary>PID integral term.</summary>
    public double Integral;
    /// <summary>Filtered measured speed for the derivative term.</summary>
    public double MeasuredVelocity;
    /// <summary>Last measured position.</summary>
    public double LastMeasured;
    /// <summary>The motor has settled on its target and stays off until a new target or a push moves it.</summary>
    public bool Resting;
    /// <summary>Motor drive, -1..1.</summary>
    public double Drive;
    /// <summary>True when the motor may drive.</summary>
    public bool MotorEnabled;
    /// <summary>True when the firmware ignores touch and drives anyway (a test mode: shows whether the host fights the hand).</summary>
    public bool IgnoreTouch;
    /// <summary>What the touch sensor reports.</summary>
    public bool Touched;
    /// <summary>Time the sensor input has disagreed with <see cref="Touched"/>.</summary>
    public double TouchTimer;
    /// <summary>True while the simulated hand holds the knob.</summary>
    public bool Held;
    /// <summary>Where the hand is.</summary>
    public double HandPosition;
    /// <summary>Where the hand is going.</summary>
    public double HandGoal;
    /// <summary>Hand speed toward its goal, travel per second.</summary>
    public double HandSpeed;
    /// <summary>Seconds the motor pushed while the hand held the knob.</summary>
    public double PushWhileHeld;
}

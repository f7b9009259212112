namespace ControlSurface.Pi.Board;

/// <summary>A fader motor: speed from a PCA9685 channel into an H-bridge, direction from two Pi pins.</summary>
/// <param name="Pwm">Id of the PCA9685 chip.</param>
/// <param name="Channel">PCA9685 channel (0..15) wired to the bridge's PWM/enable input.</param>
/// <param name="In1">Pi GPIO (BCM) wired to the bridge's IN1 (high = up).</param>
/// <param name="In2">Pi GPIO (BCM) wired to the bridge's IN2 (high = down).</param>
/// <param name="Path">Where the motor was declared.</param>
public sealed record MotorSpec(string Pwm, int Channel, int In1, int In2, string Path);

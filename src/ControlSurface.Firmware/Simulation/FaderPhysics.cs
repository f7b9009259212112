namespace ControlSurface.Firmware.Simulation;

/// <summary>One motor fader as a pure stepping function: hand, touch sensor, PID at the loop rate, motor and knob dynamics.</summary>
/// <remarks>
/// Call <see cref="Step"/> once per control period (1 ms at 1 kHz) with the position the firmware measured.
/// The motor's drive accelerates the knob against a speed-proportional drag (so it has inertia and a top speed);
/// a holding hand sets the knob's position itself, and any drive meanwhile counts as pushing against the hand.
/// </remarks>
public static class FaderPhysics
{
    /// <summary>Advances <paramref name="s"/> by <paramref name="dt"/> seconds.</summary>
    /// <param name="s">The fader.</param>
    /// <param name="p">Constants.</param>
    /// <param name="measured">The firmware's reading of the position this period (with its noise).</param>
    /// <param name="dt">The step, in seconds (1e-3 for a 1 kHz loop).</param>
    public static void Step(ref FaderState s, FaderPhysicsParameters p, double measured, double dt)
    {
        ArgumentNullException.ThrowIfNull(p);
        MoveHand(ref s, dt);
        SenseTouch(ref s, p, dt);
        s.Drive = Control(ref s, p, measured, dt);
        if (s.Held && Math.Abs(s.Drive) > p.PushThreshold)
            s.PushWhileHeld += dt;
        if (s.Held)
        {
            var previous = s.Position;
            s.Position = s.HandPosition;
            s.Velocity = (s.Position - previous) / dt;
            return;
        }
        var acceleration = (p.MaxAcceleration * s.Drive) - (p.MaxAcceleration / p.MaxSpeed * s.Velocity);
        s.Velocity += acceleration * dt;
        s.Position += s.Velocity * dt;
        if (s.Position <= 0 || s.Position >= 1)
        {
            s.Position = Math.Clamp(s.Position, 0, 1);
            s.Velocity = 0;
        }
    }

    private static void MoveHand(ref FaderState s, double dt)
    {
        if (!s.Held)
            return;
        var step = s.HandSpeed * dt;
        var gap = s.HandGoal - s.HandPosition;
        s.HandPosition = Math.Abs(gap) <= step || s.HandSpeed <= 0 ? s.HandGoal : s.HandPosition + (Math.Sign(gap) * step);
        s.HandPosition = Math.Clamp(s.HandPosition, 0, 1);
    }

    private static void SenseTouch(ref FaderState s, FaderPhysicsParameters p, double dt)
    {
        if (s.Held == s.Touched)
        {
            s.TouchTimer = 0;
            return;
        }
        s.TouchTimer += dt;
        if (s.TouchTimer >= p.TouchDelay)
        {
            s.Touched = s.Held;
            s.TouchTimer = 0;
        }
    }

    private static double Control(ref FaderState s, FaderPhysicsParameters p, double measured, double dt)
    {
        var speed = (measured - s.LastMeasured) / dt;
        s.LastMeasured = measured;
        s.MeasuredVelocity += 0.3 * (speed - s.MeasuredVelocity);
        if (!s.MotorEnabled || (s.Touched && !s.IgnoreTouch))
        {
            // Touch wins: the firmware lets go of the knob; the setpoint follows the hand.
            s.Integral = 0;
            s.Setpoint = measured;
            s.Resting = false;
            return 0;
        }
        var ramp = s.SpeedLimit > 0 ? s.SpeedLimit * dt : double.MaxValue;
        var toTarget = s.Target - s.Setpoint;
        s.Setpoint = Math.Abs(toTarget) <= ramp ? s.Target : s.Setpoint + (Math.Sign(toTarget) * ramp);
        var error = s.Setpoint - measured;
        // Rest with hysteresis: settle inside the deadband once slow, and stay put until a new target arrives or
        // the knob is pushed past twice the deadband. ADC noise on the derivative never makes a resting motor buzz.
        var rest = s.Resting && toTarget == 0
            ? Math.Abs(error) < 2 * p.Deadband
            : Math.Abs(error) < p.Deadband && Math.Abs(s.MeasuredVelocity) < 0.05;
        s.Resting = rest;
        if (rest)
        {
            s.Integral = 0;
            return 0;
        }
        // Integrate only near the target, and little: enough to beat friction, never enough to wind up past it.
        if (Math.Abs(error) < 0.05)
            s.Integral = Math.Clamp(s.Integral + (error * dt), -0.01, 0.01);
        var drive = (p.Kp * error) + (p.Ki * s.Integral) - (p.Kd * s.MeasuredVelocity);
        return Math.Clamp(drive, -1, 1);
    }
}

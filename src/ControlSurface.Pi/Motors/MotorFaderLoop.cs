namespace ControlSurface.Pi.Motors;

/// <summary>The position loop for one motor fader: proportional drive toward the target, hands off when touched, gives up on a stall.</summary>
/// <remarks>
/// Runs on the poll thread. A target is cleared once reached, so the motor never holds against a hand on a
/// fader without a touch sensor. A touch cancels the target: the hand wins.
/// </remarks>
internal sealed class MotorFaderLoop(MotorDriver motor, MotorLoopSettings settings)
{
    private double _target = double.NaN;
    private long _startedAt;
    private bool _moving;

    /// <summary>Motor output allowed (the engine's MotorEnable).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>True while the motor is driving toward a target.</summary>
    public bool Moving => _moving;

    /// <summary>Targets given up because the fader did not get there in time.</summary>
    public long Stalls { get; private set; }

    /// <summary>Sets a new target position, 0..1.</summary>
    public void SetTarget(double target) => _target = Math.Clamp(target, 0, 1);

    /// <summary>One loop step with the fader at <paramref name="position"/>; returns true when the target was just reached.</summary>
    public bool Step(double position, bool touched, long now, long timeoutTicks)
    {
        if (touched || !Enabled)
            _target = double.NaN;
        if (double.IsNaN(_target))
            return Stop(reached: false);
        var error = _target - position;
        if (Math.Abs(error) <= settings.DeadBand)
        {
            _target = double.NaN;
            return Stop(reached: true);
        }
        if (!_moving)
        {
            _moving = true;
            _startedAt = now;
        }
        else if (now - _startedAt > timeoutTicks)
        {
            Stalls++;
            _target = double.NaN;
            return Stop(reached: false);
        }
        var duty = Math.Clamp(settings.MinDuty + settings.Gain * Math.Abs(error), settings.MinDuty, settings.MaxDuty);
        motor.Drive(Math.CopySign(duty, error));
        return false;
    }

    /// <summary>Stops the motor and forgets the target (shutdown).</summary>
    public void Halt()
    {
        _target = double.NaN;
        Stop(reached: false);
    }

    private bool Stop(bool reached)
    {
        var was = _moving;
        _moving = false;
        motor.Drive(0);
        return reached && was;
    }
}

using System.Device.Gpio;
using Iot.Device.Pwm;

namespace ControlSurface.Pi.Motors;

/// <summary>One fader motor through an H-bridge (TB6612/DRV8833 style): speed from a PCA9685 channel, direction from IN1/IN2.</summary>
/// <remarks>Writes only on change, so a motor at rest costs no bus traffic.</remarks>
internal sealed class MotorDriver
{
    private readonly Pca9685 _pwm;
    private readonly int _channel;
    private readonly GpioController _gpio;
    private readonly int _in1;
    private readonly int _in2;
    private double _speed = double.NaN;

    public MotorDriver(Pca9685 pwm, int channel, GpioController gpio, int in1, int in2)
    {
        _pwm = pwm;
        _channel = channel;
        _gpio = gpio;
        _in1 = in1;
        _in2 = in2;
        gpio.OpenPin(in1, PinMode.Output, PinValue.Low);
        gpio.OpenPin(in2, PinMode.Output, PinValue.Low);
        Drive(0);
    }

    /// <summary>The speed last set: -1 (full down) .. 1 (full up), 0 stopped.</summary>
    public double Speed => double.IsNaN(_speed) ? 0 : _speed;

    /// <summary>Sets speed and direction; 0 lets the motor coast (both inputs low, no PWM).</summary>
    public void Drive(double speed)
    {
        speed = Math.Clamp(speed, -1, 1);
        if (speed == _speed)
            return;
        var wasUp = _speed > 0;
        var wasDown = _speed < 0;
        _speed = speed;
        // Duty first when stopping or reversing, so the bridge never drives the old way at the new duty.
        if (speed == 0 || (speed > 0 && wasDown) || (speed < 0 && wasUp))
            _pwm.SetDutyCycle(_channel, 0);
        if (speed > 0 != wasUp || speed == 0)
            _gpio.Write(_in1, speed > 0 ? PinValue.High : PinValue.Low);
        if (speed < 0 != wasDown || speed == 0)
            _gpio.Write(_in2, speed < 0 ? PinValue.High : PinValue.Low);
        if (speed != 0)
            _pwm.SetDutyCycle(_channel, Math.Abs(speed));
    }
}

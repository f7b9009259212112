using System.Device.Gpio;

namespace ControlSurface.Pi.Inputs;

/// <summary>Buttons on the Pi's own pins: wired to ground with the internal pull-up, read every poll and debounced.</summary>
/// <remarks>Polled rather than edge-driven: a GPIO read is a cheap ioctl, and polling keeps the debounce on the injected clock.</remarks>
internal sealed class PinButtons
{
    private readonly GpioController _gpio;
    private readonly int[] _pins;
    private readonly int[] _buttons;
    private readonly Debouncer[] _state;

    public PinButtons(GpioController gpio, IReadOnlyList<(int Button, int Pin)> wiring)
    {
        _gpio = gpio;
        _pins = new int[wiring.Count];
        _buttons = new int[wiring.Count];
        _state = new Debouncer[wiring.Count];
        for (var i = 0; i < wiring.Count; i++)
        {
            (_buttons[i], _pins[i]) = wiring[i];
            gpio.OpenPin(_pins[i], PinMode.InputPullUp);
        }
    }

    /// <summary>Reads every pin and calls <paramref name="changed"/> for each debounced edge.</summary>
    public void Poll(long now, long lockout, Action<ButtonChange> changed)
    {
        for (var i = 0; i < _pins.Length; i++)
        {
            var pressed = _gpio.Read(_pins[i]) == PinValue.Low;
            if (_state[i].Update(pressed, now, lockout))
                changed(new ButtonChange(_buttons[i], pressed));
        }
    }
}

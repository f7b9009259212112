using System.Device.Gpio;

namespace ControlSurface.Pi.Tests.Fakes;

/// <summary>The Pi's pins in memory: tests drive input levels (firing edge callbacks) and read what the code wrote.</summary>
public sealed class FakeGpioDriver : GpioDriver
{
    private readonly object _gate = new();
    private readonly Dictionary<int, PinMode> _modes = [];
    private readonly Dictionary<int, PinValue> _levels = [];
    private readonly Dictionary<int, List<(PinEventTypes Types, PinChangeEventHandler Handler)>> _callbacks = [];

    /// <summary>Pins currently open.</summary>
    public IReadOnlyCollection<int> OpenPins { get { lock (_gate) return _modes.Keys.ToArray(); } }

    protected override int PinCount => 54;

    public PinMode ModeOf(int pin) { lock (_gate) return _modes[pin]; }

    /// <summary>The level on <paramref name="pin"/> (an output's last write, or an input's driven level).</summary>
    public PinValue Level(int pin) { lock (_gate) return _levels.GetValueOrDefault(pin, PinValue.High); }

    /// <summary>Drives an input pin from outside (a button, an encoder contact, a chip's INT line); fires edge callbacks.</summary>
    public void Drive(int pin, PinValue level)
    {
        List<(PinEventTypes Types, PinChangeEventHandler Handler)> handlers;
        lock (_gate)
        {
            var old = _levels.GetValueOrDefault(pin, PinValue.High);
            _levels[pin] = level;
            if (old == level || !_callbacks.TryGetValue(pin, out var list))
                return;
            handlers = [.. list];
        }
        var edge = level == PinValue.High ? PinEventTypes.Rising : PinEventTypes.Falling;
        foreach (var (types, handler) in handlers)
        {
            if ((types & edge) != 0)
                handler(this, new PinValueChangedEventArgs(edge, pin));
        }
    }

    protected override void OpenPin(int pinNumber) { lock (_gate) _modes[pinNumber] = PinMode.Input; }

    protected override void ClosePin(int pinNumber) { lock (_gate) _modes.Remove(pinNumber); }

    protected override void SetPinMode(int pinNumber, PinMode mode) { lock (_gate) _modes[pinNumber] = mode; }

    protected override PinMode GetPinMode(int pinNumber) => ModeOf(pinNumber);

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => true;

    protected override PinValue Read(int pinNumber) => Level(pinNumber);

    protected override void Toggle(int pinNumber) => Write(pinNumber, !Level(pinNumber));

    protected override void Write(int pinNumber, PinValue value) { lock (_gate) _levels[pinNumber] = value; }

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the code under test uses callbacks, not blocking waits");

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback)
    {
        lock (_gate)
        {
            if (!_callbacks.TryGetValue(pinNumber, out var list))
                _callbacks[pinNumber] = list = [];
            list.Add((eventTypes, callback));
        }
    }

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
    {
        lock (_gate)
        {
            if (_callbacks.TryGetValue(pinNumber, out var list))
                list.RemoveAll(c => c.Handler == callback);
        }
    }
}

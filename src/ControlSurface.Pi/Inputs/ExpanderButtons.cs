using System.Device.Gpio;
using System.Device.I2c;
using Iot.Device.Mcp23xxx;

namespace ControlSurface.Pi.Inputs;

/// <summary>Buttons on an MCP23017: pulled up, interrupt on change, both ports read in one transfer when INT fires.</summary>
/// <remarks>
/// The chip's INTA (mirrored to cover both ports) goes to a Pi pin. The edge callback only raises a flag; the
/// poll also reads the INT level, so a missed edge cannot leave the line stuck low. Reading GPIO clears the
/// interrupt. One 16-bit read covers every pin that changed meanwhile, which the binding's per-pin callbacks do not.
/// Without an interrupt pin the expander is read every <see cref="FallbackEvery"/> polls.
/// </remarks>
internal sealed class ExpanderButtons : IDisposable
{
    private const int FallbackEvery = 8;
    private readonly Mcp23017 _chip;
    private readonly GpioController _pi;
    private readonly int _interruptPin;
    private readonly int[] _pins;
    private readonly int[] _buttons;
    private readonly Debouncer[] _state;
    private volatile bool _interrupted = true;
    private int _polls;

    public ExpanderButtons(I2cDevice device, GpioController pi, int interruptPin, IReadOnlyList<(int Button, int Pin)> wiring)
    {
        _pi = pi;
        _interruptPin = interruptPin;
        _chip = new Mcp23017(device, -1, interruptPin, -1, interruptPin >= 0 ? pi : null, shouldDispose: false);
        _pins = new int[wiring.Count];
        _buttons = new int[wiring.Count];
        _state = new Debouncer[wiring.Count];
        var mask = 0;
        for (var i = 0; i < wiring.Count; i++)
        {
            (_buttons[i], _pins[i]) = wiring[i];
            mask |= 1 << _pins[i];
        }
        // Pull-ups on the button pins (GPPU), and inputs everywhere (the reset default).
        _chip.WriteUInt16(Register.GPPU, (ushort)mask);
        if (interruptPin >= 0)
        {
            for (var i = 0; i < _pins.Length; i++)
                _chip.EnableInterruptOnChange(_pins[i], PinEventTypes.Rising | PinEventTypes.Falling);
            // IOCON.MIRROR: INTA fires for port B too, so one Pi pin serves all 16 buttons.
            var iocon = _chip.ReadByte(Register.IOCON, Port.PortA);
            _chip.WriteByte(Register.IOCON, (byte)(iocon | 0x40), Port.PortA);
            pi.RegisterCallbackForPinValueChangedEvent(interruptPin, PinEventTypes.Falling, OnInterrupt);
        }
    }

    /// <summary>Expander reads so far (interrupts plus fallbacks).</summary>
    public long Reads { get; private set; }

    /// <summary>Reads the expander when it signalled (or on the fallback period) and reports debounced edges.</summary>
    public void Poll(long now, long lockout, Action<ButtonChange> changed)
    {
        var due = _interruptPin >= 0
            ? _interrupted || _pi.Read(_interruptPin) == PinValue.Low
            : ++_polls % FallbackEvery == 1;
        if (due)
        {
            _interrupted = false;
            Reads++;
            var levels = _chip.ReadUInt16(Register.GPIO);
            for (var i = 0; i < _pins.Length; i++)
                Feed(i, (levels & (1 << _pins[i])) == 0, now, lockout, changed);
            return;
        }
        // Between reads the levels are unchanged, but a lock-out may have ended with a pending release.
        for (var i = 0; i < _pins.Length; i++)
            Feed(i, _state[i].Pressed, now, lockout, changed);
    }

    private void Feed(int i, bool pressed, long now, long lockout, Action<ButtonChange> changed)
    {
        if (_state[i].Update(pressed, now, lockout))
            changed(new ButtonChange(_buttons[i], pressed));
    }

    private void OnInterrupt(object sender, PinValueChangedEventArgs e) => _interrupted = true;

    public void Dispose()
    {
        if (_interruptPin >= 0)
            _pi.UnregisterCallbackForPinValueChangedEvent(_interruptPin, OnInterrupt);
        _chip.Dispose();
    }
}

using System.Device.Gpio;
using Iot.Device.RotaryEncoder;

namespace ControlSurface.Pi.Inputs;

/// <summary>A quadrature encoder on two Pi pins through the binding; steps are summed between polls and posted once.</summary>
/// <remarks>The binding's debounce reads a Stopwatch, so it is off here; fit the usual 10 kΩ/10 nF RC filter on A and B instead.</remarks>
internal sealed class EncoderInput : IDisposable
{
    private readonly QuadratureRotaryEncoder _encoder;
    private double _lastCount;
    private int _pending;

    public EncoderInput(GpioController gpio, int encoder, int pinA, int pinB)
    {
        Encoder = encoder;
        _encoder = new QuadratureRotaryEncoder(pinA, pinB, PinEventTypes.Falling, 24, gpio, shouldDispose: false)
        {
            Debounce = TimeSpan.Zero,
        };
        _encoder.PulseCountChanged += OnPulse;
    }

    /// <summary>The surface's encoder number.</summary>
    public int Encoder { get; }

    /// <summary>Steps turned since the last call (positive clockwise).</summary>
    public int TakeSteps() => Interlocked.Exchange(ref _pending, 0);

    private void OnPulse(object? sender, RotaryEncoderEventArgs e)
    {
        var delta = (int)(e.Value - _lastCount);
        _lastCount = e.Value;
        Interlocked.Add(ref _pending, delta);
    }

    public void Dispose()
    {
        _encoder.PulseCountChanged -= OnPulse;
        _encoder.Dispose();
    }
}

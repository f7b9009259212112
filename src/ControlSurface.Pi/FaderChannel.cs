using ControlSurface.Pi.Inputs;
using ControlSurface.Pi.Motors;

namespace ControlSurface.Pi;

/// <summary>One fader of a <see cref="PiSurface"/>: wiper, optional motor loop, touch state.</summary>
internal sealed class FaderChannel(int fader, FaderInput input, MotorFaderLoop? motor)
{
    private double _pendingTarget = double.NaN;

    public int Fader { get; } = fader;

    public FaderInput Input { get; } = input;

    public MotorFaderLoop? Motor { get; } = motor;

    /// <summary>The touch sensor reports a hand on the knob.</summary>
    public bool Touched { get; set; }

    /// <summary>Hands a target over from the engine thread; the poll thread picks it up (latest wins).</summary>
    public void PostTarget(double target) => Interlocked.Exchange(ref _pendingTarget, target);

    /// <summary>Takes the newest target posted since the last call, or NaN.</summary>
    public double TakeTarget() => Interlocked.Exchange(ref _pendingTarget, double.NaN);
}

using System.Globalization;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Host.Demo;

/// <summary>An in-process board: motorized touch faders, velocity pads, buttons and encoders, posting straight into the engine.</summary>
/// <remarks>
/// Motors glide toward their target at <see cref="TravelTime"/> for full travel; a held fader's motor is
/// not driven, and if a target arrives while held, the time it would have pushed is counted, so the
/// demo shows whether feedback ever fought the hand. Thread-safe: the engine sends from its thread,
/// the hand and physics step on a timer.
/// </remarks>
internal sealed class VirtualBoard : ISurface, IDemoBoard
{
    /// <summary>Time a motor needs for full travel.</summary>
    public static readonly TimeSpan TravelTime = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    private readonly BridgeEngine _engine;
    private readonly double[] _position;
    private readonly double[] _target;
    private readonly bool[] _held;
    private readonly double[] _pushWhileHeldMs;
    private readonly double[] _leds;
    private long _eventsOut;
    private long _feedbackIn;
    private long _motorMoves;

    public VirtualBoard(BridgeEngine engine, string name = "virtual board", int faders = 8, int pads = 16, int encoders = 8)
    {
        Name = name;
        _engine = engine;
        Layout = new SurfaceLayout(faders, MotorizedFaders: true, TouchSensing: true, pads, StandardBoard.ButtonCount(faders), encoders);
        Mapping = StandardBoard.Mapping(faders, pads, encoders);
        _position = new double[faders];
        _target = new double[faders];
        _held = new bool[faders];
        _pushWhileHeldMs = new double[faders];
        _leds = new double[Layout.Buttons];
        Index = engine.AddSurface(this, Mapping);
    }

    public string Name { get; }

    public string Kind => "virtual";

    public SurfaceLayout Layout { get; }

    public SurfaceMapping Mapping { get; }

    public int Index { get; }

    public int Faders => Layout.Faders;

    public double Position(int fader)
    {
        lock (_gate)
            return _position[fader];
    }

    public void Send(in FeedbackCommand command)
    {
        lock (_gate)
        {
            _feedbackIn++;
            switch (command.Kind)
            {
                case FeedbackKind.FaderTarget when (uint)command.Control < (uint)_target.Length:
                    _target[command.Control] = command.Value;
                    _motorMoves++;
                    break;
                case FeedbackKind.Led when (uint)command.Control < (uint)_leds.Length:
                    _leds[command.Control] = command.Value;
                    break;
            }
        }
    }

    /// <summary>Advances the motors by <paramref name="dt"/>.</summary>
    public void StepMotors(TimeSpan dt)
    {
        var maxStep = dt / TravelTime;
        lock (_gate)
        {
            for (var f = 0; f < _position.Length; f++)
            {
                var error = _target[f] - _position[f];
                if (Math.Abs(error) < 1e-4)
                    continue;
                if (_held[f])
                {
                    // The motor would push against the finger: count it, don't move.
                    _pushWhileHeldMs[f] += dt.TotalMilliseconds;
                    continue;
                }
                _position[f] += Math.Clamp(error, -maxStep, maxStep);
            }
        }
    }

    public bool MotorMoving(int fader)
    {
        lock (_gate)
            return !_held[fader] && Math.Abs(_target[fader] - _position[fader]) >= 1e-4;
    }

    public void Touch(int fader)
    {
        lock (_gate)
        {
            _held[fader] = true;
            // A finger on the knob stops the motor where it is.
            _target[fader] = _position[fader];
        }
        Post(ControlEventKind.FaderTouched, fader, 1);
    }

    public void Move(int fader, double position)
    {
        position = Math.Clamp(position, 0, 1);
        lock (_gate)
        {
            _position[fader] = position;
            _target[fader] = position;
        }
        Post(ControlEventKind.FaderMoved, fader, position);
    }

    public void Release(int fader)
    {
        lock (_gate)
            _held[fader] = false;
        Post(ControlEventKind.FaderReleased, fader, 0);
    }

    public void HitPad(int pad, double velocity) => Post(ControlEventKind.PadHit, pad, velocity);

    public void Click(int button)
    {
        Post(ControlEventKind.ButtonDown, button, 1);
        Post(ControlEventKind.ButtonUp, button, 0);
    }

    public void Turn(int encoder, int steps) => Post(ControlEventKind.EncoderTurned, encoder, steps);

    /// <summary>Reports the board's counters to the engine (journaled like any input).</summary>
    public void PostStatus()
    {
        string json;
        lock (_gate)
        {
            var push = string.Join(",", _pushWhileHeldMs.Select(v => Math.Round(v).ToString(CultureInfo.InvariantCulture)));
            json = string.Create(CultureInfo.InvariantCulture,
                $"{{\"eventsOut\":{_eventsOut},\"feedbackIn\":{_feedbackIn},\"motorMoves\":{_motorMoves},\"motorPushWhileHeldMs\":[{push}]}}");
        }
        _engine.Post(EngineInput.SurfaceStatus(Index, connected: true, json));
    }

    private void Post(ControlEventKind kind, int control, double value)
    {
        Interlocked.Increment(ref _eventsOut);
        _engine.Post(EngineInput.FromControl(new ControlEvent(Index, kind, control, value)));
    }
}

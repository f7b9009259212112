using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>
/// Plays random scenarios against a feedback stage, acting as engine (a strip model with banks) and as DAW
/// (target floods, echoes), and checks the stage's promises while it runs and after quiet.
/// </summary>
internal sealed class FeedbackScenario
{
    public const int Faders = 4;
    private const int Strips = 16;
    private readonly StageHarness _h;
    private readonly double[] _strips = new double[Strips];
    private readonly bool[] _sensorDown = new bool[Faders];
    private readonly DateTimeOffset[] _movementUntil = new DateTimeOffset[Faders];
    private readonly List<double>[] _sentByHand = [.. Enumerable.Range(0, Faders).Select(_ => new List<double>())];
    private readonly int[] _epoch = new int[Faders];
    private readonly int[] _lastSendEpoch = new int[Faders];
    private readonly double[] _lastSend = new double[Faders];
    private readonly int[] _lastDirection = new int[Faders];
    private readonly DateTimeOffset[] _lastSendAt = new DateTimeOffset[Faders];
    private readonly DateTimeOffset[] _lastAcceptedAt = new DateTimeOffset[Faders];
    private readonly double[] _lastAccepted = new double[Faders];
    private readonly Random _random;
    private int _bank;

    public FeedbackScenario(bool touchSensing, int seed)
    {
        _random = new Random(seed);
        var layout = new SurfaceLayout(Faders, MotorizedFaders: true, TouchSensing: touchSensing, Pads: 4, Buttons: 4, Encoders: 0);
        _h = new StageHarness(layout);
        Array.Fill(_lastSend, double.NaN);
        Array.Fill(_lastAccepted, double.NaN);
        for (var s = 0; s < Strips; s++)
        {
            _strips[s] = _random.Next(0, 1024) / 1023.0;
        }

        _h.Sink.OnSend = CheckSend;
        _h.Stage.Resync();
        for (var f = 0; f < Faders; f++)
        {
            _h.FromDaw(f, _strips[f]);
        }
    }

    public int ButtonsSent { get; private set; }

    public int ButtonsForwarded { get; private set; }

    public void Run(IEnumerable<ScenarioOp> ops)
    {
        foreach (var op in ops)
        {
            Apply(op);
        }
    }

    /// <summary>Lets go of everything, waits long enough for every glide, and checks the faders show the model.</summary>
    public void QuietAndCheckConvergence()
    {
        for (var f = 0; f < Faders; f++)
        {
            if (_sensorDown[f])
            {
                Apply(new ScenarioOp(ScenarioOpKind.Release, f, 0, 0, 0));
            }
        }

        _h.Advance(2500);
        for (var f = 0; f < Faders; f++)
        {
            var model = _strips[_bank + f];
            Assert.True(Math.Abs(model - _h.Stage.ModelValue(f)) < 1e-9, $"fader {f}: model {model}, stage {_h.Stage.ModelValue(f)}");
            var handWasLast = _lastAcceptedAt[f] > _lastSendAt[f];
            if (handWasLast)
            {
                Assert.InRange(Math.Abs(_lastAccepted[f] - model), 0, _h.Options.EchoTolerance);
            }
            else
            {
                Assert.Equal(model, _h.Sink.LastTarget(f)!.Value, 9);
            }

            Assert.False(_h.Stage.IsTouched(f));
        }
    }

    private void Apply(ScenarioOp op)
    {
        var f = op.Fader;
        var now = _h.Time.GetUtcNow();
        switch (op.Kind)
        {
            case ScenarioOpKind.HandMove:
                _epoch[f]++;
                if (_h.Move(f, op.Lsb) is { } value)
                {
                    _strips[_bank + f] = value;
                    _sentByHand[f].Add(value);
                    _lastAccepted[f] = value;
                    _lastAcceptedAt[f] = now;
                    if (!_sensorDown[f] || !_h.Stage.Layout.TouchSensing)
                    {
                        _movementUntil[f] = now + _h.Options.StillTimeout;
                    }
                }

                break;
            case ScenarioOpKind.Touch:
                _epoch[f]++;
                _sensorDown[f] = _h.Stage.Layout.TouchSensing;
                _h.Touch(f);
                break;
            case ScenarioOpKind.Release:
                _epoch[f]++;
                _sensorDown[f] = false;
                if (_h.Stage.Layout.TouchSensing)
                {
                    _movementUntil[f] = default;
                }

                _h.Release(f);
                break;
            case ScenarioOpKind.TargetFlood:
                for (var i = 0; i < op.Count; i++)
                {
                    _epoch[f]++;
                    var v = _random.Next(0, 1024) / 1023.0;
                    _strips[_bank + f] = v;
                    _h.FromDaw(f, v);
                    _h.Time.Advance(TimeSpan.FromMicroseconds(200));
                    _h.Stage.Tick();
                }

                break;
            case ScenarioOpKind.Echo:
                // The DAW echoes the last few values this fader sent, in order, ending with the latest.
                var sent = _sentByHand[f];
                for (var i = Math.Max(0, sent.Count - op.Count); i < sent.Count; i++)
                {
                    _epoch[f]++;
                    _strips[_bank + f] = sent[i];
                    _h.FromDaw(f, sent[i]);
                }

                break;
            case ScenarioOpKind.BankSwitch:
                _bank = (_bank + (Faders * (1 + (op.Count % 3)))) % Strips;
                _h.Stage.BeginBank();
                for (var i = 0; i < Faders; i++)
                {
                    _epoch[i]++;
                    _sentByHand[i].Clear();
                    _h.FromDaw(i, _strips[_bank + i]);
                }

                _h.Stage.CompleteBank();
                break;
            case ScenarioOpKind.Button or ScenarioOpKind.Pad:
                var kind = op.Kind == ScenarioOpKind.Button ? ControlEventKind.ButtonDown : ControlEventKind.PadHit;
                var e = new ControlEvent(0, kind, op.Fader, op.Lsb / 1023.0);
                ButtonsSent++;
                if (_h.Stage.OnControl(e, out var forward) && forward == e)
                {
                    ButtonsForwarded++;
                }

                break;
        }

        _h.Advance(op.Ms);
    }

    private void CheckSend(FeedbackCommand command)
    {
        if (command.Kind != FeedbackKind.FaderTarget)
        {
            return;
        }

        var f = command.Control;
        var now = _h.Time.GetUtcNow();
        Assert.False(_sensorDown[f], $"fader {f} driven while the touch sensor is down");
        Assert.True(now >= _movementUntil[f], $"fader {f} driven while a hand was moving it");

        // Between two inputs for a fader, its targets move one way only: no oscillation.
        if (_lastSendEpoch[f] == _epoch[f] && !double.IsNaN(_lastSend[f]))
        {
            var direction = Math.Sign(command.Value - _lastSend[f]);
            Assert.True(direction == 0 || _lastDirection[f] == 0 || direction == _lastDirection[f], $"fader {f} reversed without an input");
            _lastDirection[f] = direction == 0 ? _lastDirection[f] : direction;
        }
        else
        {
            _lastDirection[f] = 0;
        }

        _lastSendEpoch[f] = _epoch[f];
        _lastSend[f] = command.Value;
        _lastSendAt[f] = now;
    }
}

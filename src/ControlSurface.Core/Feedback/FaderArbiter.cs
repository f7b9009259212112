using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Feedback;

/// <summary>Per-fader ownership: touch wins, echoes are not driven, targets glide at a rate the link can carry.</summary>
/// <remarks>
/// One per surface, owned by <see cref="FeedbackStage"/>. State per fader lives in a struct array, so no
/// event allocates. Engine thread only; <c>now</c> is <see cref="StageClock"/> time (TimeSpan ticks).
/// </remarks>
internal sealed class FaderArbiter
{
    private readonly FaderState[] _f;
    private readonly SoftTakeover[] _takeover;
    private readonly bool _motorized;
    private readonly bool _movementOnly;
    private readonly IFeedbackSink _sink;
    private readonly DeviceCalibration _cal;
    private readonly CounterSet _counters;
    private readonly FaderCauseLog _log;
    private readonly EchoMemory _echo;
    private readonly PickupHints _hints;
    private readonly MotorDriver _motor;
    private readonly long _debounce;
    private readonly long _still;
    private readonly long _settle;
    private readonly long _restAfter;
    private readonly double _motorSpeed;
    private readonly double _glideSpeed;
    private readonly double _echoTolerance;
    private readonly double _restBand;
    private bool _staging;

    public FaderArbiter(int faders, bool motorized, TouchMode touchMode, FeedbackOptions o, FeedbackParts parts)
    {
        _f = new FaderState[faders];
        Array.Fill(_f, FaderState.Create());
        _takeover = new SoftTakeover[faders];
        for (var i = 0; i < faders; i++)
        {
            _takeover[i] = new SoftTakeover(o.PickupMode, o.PickupTolerance);
        }

        _motorized = motorized;
        _movementOnly = touchMode == TouchMode.MovementOnly;
        (_sink, _cal, _counters, _log) = (parts.Sink, parts.Calibration, parts.Counters, parts.Log);
        _debounce = Ticks(o.TouchDebounce);
        _still = Ticks(o.StillTimeout);
        _settle = Ticks(o.SettleTime);
        _restAfter = Ticks(o.JitterRestTime);
        _motorSpeed = o.MotorSpeed;
        _glideSpeed = o.GlideSpeed;
        _echoTolerance = o.EchoTolerance;
        _restBand = (2 * o.JitterNoiseLsb) + 1;
        _motor = new MotorDriver(motorized, o, parts);
        _echo = new EchoMemory(faders, 32, o.EchoTolerance, Ticks(o.EchoWindow));
        _hints = new PickupHints(faders, o, _sink);
    }

    public int Count => _f.Length;

    public bool Staging => _staging;

    public FaderOwnership Ownership(int fader) => _f[fader].Ownership;

    public bool IsTouched(int fader) => _f[fader].Touched;

    public double Goal(int fader) => _f[fader].Goal;

    public double LastTarget(int fader) => _f[fader].Shown;

    public SoftTakeover Takeover(int fader) => _takeover[fader];

    public HandMoveResult OnHandMoved(int fader, double device, long now)
    {
        ref var f = ref _f[fader];
        Refresh(fader, ref f, now);
        var value = _cal.ToModel(fader, device);
        var firstReading = !f.Jitter.Anchored;
        var moved = f.Jitter.Accept(device * _cal.FullScale, now, _restBand, 1, _restAfter);

        // A first reading only anchors (a board reporting its knobs at connect must not move the mix),
        // unless a hand is on the sensor: then it is the start of a move.
        if (!moved && !(firstReading && f.SensorDown))
        {
            if (double.IsNaN(f.Position))
            {
                f.Position = value;
                _takeover[fader].Observe(value);
            }

            return HandMoveResult.Suppress(SuppressReason.Jitter);
        }

        f.Position = value;
        if (_motorized && !f.Touched && _motor.IsMotorTravel(ref f, value, now))
        {
            return HandMoveResult.Suppress(SuppressReason.MotorTravel);
        }

        if (_movementOnly || !f.SensorDown)
        {
            f.LastMoveAt = now;
            if (!f.MovementTouched)
            {
                var was = f.Touched;
                f.MovementTouched = true;
                if (!was)
                {
                    TouchBegan(fader, ref f);
                }
            }
        }

        if (f.BankHeld)
        {
            Log(fader, MoveCause.None, SuppressReason.HeldAcrossBank, value, now);
            return HandMoveResult.Suppress(SuppressReason.HeldAcrossBank);
        }

        if (!_motorized)
        {
            var r = _takeover[fader].Move(value, f.Goal);
            _hints.Show(fader, r.Hint);
            if (!r.Accepted)
            {
                _counters.PickupWaits++;
                Log(fader, MoveCause.None, SuppressReason.PickupWait, value, now);
                return HandMoveResult.Suppress(SuppressReason.PickupWait);
            }

            value = r.Value;
        }

        _echo.Remember(fader, value, now);
        f.Goal = value;
        return HandMoveResult.Accept(value);
    }

    public void OnTouch(int fader, bool down, long now)
    {
        if (_movementOnly)
        {
            return;
        }

        ref var f = ref _f[fader];
        Refresh(fader, ref f, now);
        if (down)
        {
            if (!f.SensorDown)
            {
                f.SensorDown = true;
                f.SensorSince = now;
            }
        }
        else
        {
            var was = f.Touched;
            f.SensorDown = false;
            f.SensorTouched = false;
            f.MovementTouched = false;
            if (was || f.BankHeld)
            {
                // A touch still being debounced can hold a fader across a bank switch: its release frees it too.
                TouchEnded(fader, ref f, now, report: was);
            }
        }

        Refresh(fader, ref f, now);
    }

    public void OnModelValue(int fader, double value, bool fromThisSurface, long now)
    {
        if (double.IsNaN(value))
        {
            return;
        }

        value = Math.Clamp(value, 0, 1);
        ref var f = ref _f[fader];
        Refresh(fader, ref f, now);
        var arrival = f.Arrival;
        if (arrival != MoveCause.None)
        {
            // The first value after a bank switch or resync belongs to the (new) strip: never an echo.
            f.Arrival = MoveCause.None;
            _echo.Clear(fader);
        }
        else if (fromThisSurface)
        {
            f.Goal = value;
            return;
        }
        else if (_echo.Matches(fader, value, now, out var latest))
        {
            _counters.EchoesSuppressed++;
            Log(fader, MoveCause.None, SuppressReason.Echo, value, now);
            f.Goal = value;
            if (!latest && _motorized)
            {
                // An echo of an older send: the DAW's echo of the newest one is on its way. Hold the move one
                // settle time; if that echo comes, the goal is back where the knob is and nothing moves.
                f.EchoHoldUntil = now + _settle;
                SetCause(ref f, MoveCause.TargetUpdate);
                f.Owed = true;
            }

            return;
        }

        f.Goal = value;
        if (!_motorized)
        {
            _takeover[fader].ValueChanged(value);
            _hints.Show(fader, _takeover[fader].Hint);
            return;
        }

        Retarget(fader, ref f, arrival == MoveCause.None ? MoveCause.TargetUpdate : arrival, now);
    }

    public void BeginBank(long now)
    {
        _staging = true;
        for (var i = 0; i < _f.Length; i++)
        {
            ref var f = ref _f[i];
            Refresh(i, ref f, now);
            f.BankHeld |= f.Touched || f.SensorDown;
            f.Arrival = MoveCause.BankChange;
            if (f.Ownership == FaderOwnership.Settling && !f.HandOn)
            {
                // Settling waits for the old strip's answer; the new strip has nothing to wait for.
                f.Ownership = FaderOwnership.Idle;
            }
        }
    }

    public void CompleteBank(long now) => Release(MoveCause.BankChange, now);

    public void Resync(long now)
    {
        for (var i = 0; i < _f.Length; i++)
        {
            _f[i].Arrival = MoveCause.Resync;
            _f[i].Shown = _f[i].Position;
            _takeover[i].Forget();
        }

        Release(MoveCause.Resync, now);
    }

    public void Tick(long now)
    {
        for (var i = 0; i < _f.Length; i++)
        {
            Refresh(i, ref _f[i], now);
        }
    }

    private void Release(MoveCause cause, long now)
    {
        _staging = false;
        for (var i = 0; i < _f.Length; i++)
        {
            ref var f = ref _f[i];
            f.Arrival = double.IsNaN(f.Goal) ? f.Arrival : MoveCause.None;
            if (!double.IsNaN(f.Goal) && _motorized)
            {
                f.Force = true;
                Retarget(i, ref f, cause, now);
            }
            else if (!_motorized)
            {
                _takeover[i].ValueChanged(f.Goal);
                _hints.Show(i, _takeover[i].Hint);
            }
        }
    }

    private void Retarget(int fader, ref FaderState f, MoveCause cause, long now)
    {
        if (f.HandOn)
        {
            // Owed, not sent: a touch still being debounced may turn out to be hum, and then the target goes out.
            _counters.TouchHolds++;
            Log(fader, MoveCause.None, f.BankHeld ? SuppressReason.HeldAcrossBank : SuppressReason.Touched, f.Goal, now);
            SetCause(ref f, cause);
            f.Owed = true;
            return;
        }

        if (f.Ownership == FaderOwnership.Settling)
        {
            Log(fader, MoveCause.None, SuppressReason.Settling, f.Goal, now);
            return;
        }

        if (f.OwedUnsent)
        {
            _counters.Coalesced++;
            Log(fader, MoveCause.None, SuppressReason.Coalesced, f.Goal, now);
        }

        SetCause(ref f, cause);
        f.Owed = true;
        f.OwedUnsent = true;
        _motor.TryDrive(fader, ref f, now, _staging);
    }

    private void SetCause(ref FaderState f, MoveCause cause)
    {
        // A target update during a gentle glide (bank change, resync) keeps the gentle speed and cause.
        var gentle = cause is MoveCause.BankChange or MoveCause.Resync;
        if (gentle || !f.Owed || f.Speed != _glideSpeed)
        {
            f.NextCause = cause;
            f.Speed = gentle ? _glideSpeed : _motorSpeed;
        }
    }

    private void Refresh(int fader, ref FaderState f, long now)
    {
        if (f.SensorDown && !f.SensorTouched && now - f.SensorSince >= _debounce)
        {
            var was = f.Touched;
            f.SensorTouched = true;
            if (!was)
            {
                TouchBegan(fader, ref f);
            }
        }

        if (f.MovementTouched && now - f.LastMoveAt >= _still)
        {
            f.MovementTouched = false;
            if (!f.SensorTouched)
            {
                TouchEnded(fader, ref f, now, report: true);
            }
        }

        if (f.Ownership == FaderOwnership.Settling && now >= f.SettleUntil && !f.HandOn)
        {
            FinishSettle(fader, ref f, now);
        }
        else if (f.Ownership == FaderOwnership.HostDriven && !f.Owed && now >= f.MotorBusyUntil)
        {
            f.Ownership = FaderOwnership.Idle;
        }

        _motor.TryDrive(fader, ref f, now, _staging);
    }

    private void TouchBegan(int fader, ref FaderState f)
    {
        f.Ownership = FaderOwnership.UserTouched;
        f.Owed = false;
        f.OwedUnsent = false;
        _sink.TouchChanged(fader, true);
    }

    private void TouchEnded(int fader, ref FaderState f, long now, bool report)
    {
        f.Ownership = FaderOwnership.Settling;
        f.SettleUntil = now + _settle;
        f.BankHeld = false;
        if (report)
        {
            _sink.TouchChanged(fader, false);
        }
    }

    private void FinishSettle(int fader, ref FaderState f, long now)
    {
        f.Ownership = FaderOwnership.Idle;
        if (!_motorized || double.IsNaN(f.Goal))
        {
            return;
        }

        // Drive when the model moved on, or when the motor's last target is not where the hand left the knob
        // (otherwise the motor would snap back to it).
        var known = !double.IsNaN(f.Position);
        if (known && Math.Abs(f.Goal - f.Position) <= _echoTolerance && !double.IsNaN(f.Shown) && Math.Abs(f.Shown - f.Position) <= _echoTolerance)
        {
            return;
        }

        f.Shown = known ? f.Position : f.Shown;
        f.Force = true;
        f.Owed = true;
        f.NextCause = MoveCause.ReleaseSettle;
        f.Speed = _motorSpeed;
        _motor.TryDrive(fader, ref f, now, _staging);
    }

    private void Log(int fader, MoveCause cause, SuppressReason reason, double value, long now) =>
        _log.Add(fader, new FaderCauseEntry(TimeSpan.FromTicks(now), cause, reason, value));

    private static long Ticks(TimeSpan span) => span.Ticks;
}

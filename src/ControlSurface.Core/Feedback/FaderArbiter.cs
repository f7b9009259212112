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
    private readonly FaderPickup _pickup;
    private readonly TouchTracker _touch;
    private readonly bool[] _hasMotor;
    private readonly IFeedbackSink _sink;
    private readonly DeviceCalibration _cal;
    private readonly CounterSet _counters;
    private readonly FaderCauseLog _log;
    private readonly EchoMemory _echo;
    private readonly MotorDriver _motor;
    private readonly long _settle;
    private readonly long _restAfter;
    private readonly double _restBand;
    private bool _staging;

    public FaderArbiter(SurfaceLayout layout, TouchMode touchMode, FeedbackOptions o, FeedbackParts parts)
    {
        var faders = layout.Faders;
        _f = new FaderState[faders];
        Array.Fill(_f, FaderState.Create());
        _hasMotor = new bool[faders];
        for (var i = 0; i < faders; i++)
        {
            _hasMotor[i] = layout.HasMotor(i);
        }

        _touch = new TouchTracker(touchMode, o.TouchDebounce, o.StillTimeout);
        (_sink, _cal, _counters, _log) = (parts.Sink, parts.Calibration, parts.Counters, parts.Log);
        _pickup = new FaderPickup(faders, o, _sink);
        _settle = o.SettleTime.Ticks;
        _restAfter = o.JitterRestTime.Ticks;
        _restBand = (2 * o.JitterNoiseLsb) + 1;
        _motor = new MotorDriver(_hasMotor, o, parts);
        _echo = new EchoMemory(faders, 32, o.EchoTolerance, o.EchoWindow.Ticks);
    }

    public int Count => _f.Length;

    public bool Staging => _staging;

    public FaderOwnership Ownership(int fader) => _f[fader].Ownership;

    public bool IsTouched(int fader) => _f[fader].Touched;

    public double Goal(int fader) => _f[fader].Goal;

    public double LastTarget(int fader) => _f[fader].Shown;

    public SoftTakeover Takeover(int fader) => _pickup[fader];

    public HandMoveResult OnHandMoved(int fader, double device, long now)
    {
        ref var f = ref _f[fader];
        Refresh(fader, ref f, now);
        var value = _cal.ToModel(fader, device);
        var firstReading = !f.Jitter.Anchored;
        var jitterBefore = f.Jitter;
        var moved = f.Jitter.Accept(device * _cal.FullScale, now, _restBand, 1, _restAfter, f.Touch.MaybeHeld);

        // A first reading only anchors (a board reporting its knobs at connect must not move the mix),
        // unless a hand is on the sensor: then it is the start of a move.
        if (!moved && !(firstReading && f.Touch.SensorDown))
        {
            if (double.IsNaN(f.Position))
            {
                f.Position = value;
                _pickup.Observe(fader, value);
            }

            return HandMoveResult.Suppress(SuppressReason.Jitter);
        }

        var previous = f.Position;
        f.Position = value;
        if (_hasMotor[fader] && !f.Touched && _motor.IsMotorTravel(ref f, value, previous, now))
        {
            if (f.Touch.SensorDown)
            {
                // A hand may have grabbed the travelling knob (its touch still being debounced): keep judging readings
                // against the motor's target, so once the touch counts, where the hand holds the knob is a move.
                f.Jitter = jitterBefore;
            }

            return HandMoveResult.Suppress(SuppressReason.MotorTravel);
        }

        if (_touch.Moved(ref f.Touch, now) == TouchEdge.Began)
        {
            TouchBegan(fader, ref f);
        }

        if (f.BankHeld)
        {
            Log(fader, MoveCause.None, SuppressReason.HeldAcrossBank, value, now);
            return HandMoveResult.Suppress(SuppressReason.HeldAcrossBank);
        }

        if (!_hasMotor[fader])
        {
            var r = _pickup.Move(fader, value, f.Goal);
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
        if (_touch.MovementOnly)
        {
            return;
        }

        ref var f = ref _f[fader];
        Refresh(fader, ref f, now);
        var ended = _touch.Sensor(ref f.Touch, down, now) == TouchEdge.Ended;
        if (!down && (ended || f.BankHeld))
        {
            // A touch still being debounced can hold a fader across a bank switch: its release frees it too.
            TouchEnded(fader, ref f, now, report: ended);
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
            if (!latest && _hasMotor[fader])
            {
                // An echo of an older send: the DAW's echo of the newest one is on its way. Hold the move one
                // settle time; if that echo comes, the goal is back where the knob is and nothing moves.
                f.EchoHoldUntil = now + _settle;
                _motor.SetCause(ref f, MoveCause.TargetUpdate);
                f.Owed = true;
            }

            return;
        }

        f.Goal = value;
        if (!_hasMotor[fader])
        {
            _pickup.ValueChanged(fader, value);
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
            f.BankHeld |= f.Touch.MaybeHeld;
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
            _pickup.Forget(i);
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
            if (!double.IsNaN(f.Goal) && _hasMotor[i])
            {
                f.Force = true;
                Retarget(i, ref f, cause, now);
            }
            else if (!_hasMotor[i])
            {
                _pickup.ValueChanged(i, f.Goal);
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
            _motor.SetCause(ref f, cause);
            f.Owed = true;
            return;
        }

        if (f.Ownership == FaderOwnership.Settling)
        {
            Log(fader, MoveCause.None, SuppressReason.Settling, f.Goal, now);
            return;
        }

        _motor.Owe(fader, ref f, cause, now, _staging);
    }

    private void Refresh(int fader, ref FaderState f, long now)
    {
        switch (_touch.Refresh(ref f.Touch, now))
        {
            case TouchEdge.Began:
                TouchBegan(fader, ref f);
                break;
            case TouchEdge.Ended:
                TouchEnded(fader, ref f, now, report: true);
                break;
        }

        if (f.Ownership == FaderOwnership.Settling && now >= f.SettleUntil && !f.HandOn)
        {
            f.Ownership = FaderOwnership.Idle;
            _motor.DriveAfterRelease(fader, ref f, now, _staging);
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
        _motor.HoldWhereReleased(fader, ref f, now);
        if (report)
        {
            _sink.TouchChanged(fader, false);
        }
    }

    private void Log(int fader, MoveCause cause, SuppressReason reason, double value, long now) =>
        _log.Add(fader, new FaderCauseEntry(TimeSpan.FromTicks(now), cause, reason, value));
}

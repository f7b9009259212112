using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Feedback;

/// <summary>Sends motor targets: one per fader per coalescing window at most, within the link budget, at the glide's speed.</summary>
/// <remarks>
/// A target is sent only when the fader owes one and no hand is on it. Each send moves at most
/// speed × window towards the goal, so a jump becomes a glide. Records every send in the cause log.
/// </remarks>
internal sealed class MotorDriver
{
    private const double Same = 1e-9;
    private readonly bool[] _hasMotor;
    private readonly IFeedbackSink _sink;
    private readonly DeviceCalibration _cal;
    private readonly LinkBudget _budget;
    private readonly CounterSet _counters;
    private readonly FaderCauseLog _log;
    private readonly long _window;
    private readonly long _motorSettle;
    private readonly double _followTolerance;
    private readonly int _bytesTarget;
    private readonly double _motorSpeed;
    private readonly double _glideSpeed;
    private readonly double _echoTolerance;

    public MotorDriver(bool[] hasMotor, FeedbackOptions o, FeedbackParts parts)
    {
        _hasMotor = hasMotor;
        (_sink, _cal, _budget, _counters, _log) = (parts.Sink, parts.Calibration, parts.Budget, parts.Counters, parts.Log);
        _window = Ticks(o.CoalescingWindow);
        _motorSettle = Ticks(o.MotorSettleTime);
        _followTolerance = o.MotorFollowTolerance;
        _bytesTarget = o.BytesPerFaderTarget;
        _motorSpeed = o.MotorSpeed;
        _glideSpeed = o.GlideSpeed;
        _echoTolerance = o.EchoTolerance;
    }

    /// <summary>The goal changed for <paramref name="cause"/>: a target is owed (replacing one not yet sent counts as coalesced).</summary>
    public void Owe(int fader, ref FaderState f, MoveCause cause, long now, bool staging)
    {
        if (f.OwedUnsent)
        {
            _counters.Coalesced++;
            _log.Add(fader, new FaderCauseEntry(TimeSpan.FromTicks(now), MoveCause.None, SuppressReason.Coalesced, f.Goal));
        }

        SetCause(ref f, cause);
        f.Owed = true;
        f.OwedUnsent = true;
        TryDrive(fader, ref f, now, staging);
    }

    /// <summary>After a release has settled: go from where the hand left the knob to the goal at motor speed, if needed.</summary>
    public void DriveAfterRelease(int fader, ref FaderState f, long now, bool staging)
    {
        if (!_hasMotor[fader] || double.IsNaN(f.Goal))
        {
            return;
        }

        // The release hold told the motor where the hand left the knob; drive only if the model is elsewhere (the
        // DAW's answer, even one LSB off, so the target ends equal to the model value).
        var known = !double.IsNaN(f.Position);
        if (!double.IsNaN(f.Shown) && Math.Abs(f.Goal - f.Shown) < Same)
        {
            return;
        }

        f.Shown = known ? f.Position : f.Shown;
        f.Force = true;
        f.Owed = true;
        f.NextCause = MoveCause.ReleaseSettle;
        f.Speed = _motorSpeed;
        TryDrive(fader, ref f, now, staging);
    }

    /// <summary>
    /// The hand let go: send the motor the knob's position now, so firmware that kept its last target while the knob
    /// was held (firmware-protocol §6) does not pull the knob back to it while the DAW's answer is on its way.
    /// </summary>
    /// <remarks>
    /// Not delayed by the coalescing window and taken from the budget even into debt: a late hold is no hold. The
    /// fader stays settling; the DAW's answer (or the model moving on) drives it after the settle time.
    /// </remarks>
    public void HoldWhereReleased(int fader, ref FaderState f, long now)
    {
        if (!_hasMotor[fader] || double.IsNaN(f.Position) || f.Touch.MaybeHeld
            || (!double.IsNaN(f.Shown) && Math.Abs(f.Shown - f.Position) <= _echoTolerance))
        {
            return;
        }

        _budget.Take(_bytesTarget, now);
        var device = _cal.ToDevice(fader, f.Position);
        _sink.Send(FeedbackCommand.FaderTarget(fader, device));
        f.Jitter.Reset(device * _cal.FullScale);
        _counters.MotorMoves++;
        _log.Add(fader, new FaderCauseEntry(TimeSpan.FromTicks(now), MoveCause.ReleaseHold, SuppressReason.None, f.Position));
        f.Shown = f.Position;
        f.HasSent = true;
        f.LastSendAt = now;
    }

    /// <summary>Records why the next target moves, and at which speed.</summary>
    public void SetCause(ref FaderState f, MoveCause cause)
    {
        // A target update during a gentle glide (bank change, resync) keeps the gentle speed and cause.
        var gentle = cause is MoveCause.BankChange or MoveCause.Resync;
        if (gentle || !f.Owed || f.Speed != _glideSpeed)
        {
            f.NextCause = cause;
            f.Speed = gentle ? _glideSpeed : _motorSpeed;
        }
    }

    /// <summary>Sends the next target step for <paramref name="fader"/> if one is owed and allowed now.</summary>
    public void TryDrive(int fader, ref FaderState f, long now, bool staging)
    {
        if (!f.Owed || staging || f.HandOn || f.Ownership == FaderOwnership.Settling || !_hasMotor[fader])
        {
            return;
        }

        var from = double.IsNaN(f.Shown) ? f.Position : f.Shown;
        if (!f.Force && !double.IsNaN(from) && Math.Abs(f.Goal - from) < Same)
        {
            f.Owed = false;
            f.OwedUnsent = false;
            return;
        }

        if ((f.HasSent && now - f.LastSendAt < _window) || now < f.EchoHoldUntil)
        {
            return;
        }

        if (!_budget.TryTake(_bytesTarget, now))
        {
            return;
        }

        var next = f.Goal;
        if (!double.IsNaN(from))
        {
            var elapsed = f.HasSent ? Math.Min(now - f.LastSendAt, _window) : _window;
            var step = f.Speed * elapsed / TimeSpan.TicksPerSecond;
            next = from + Math.Clamp(f.Goal - from, -step, step);
        }

        if (f.Ownership != FaderOwnership.HostDriven)
        {
            f.TravelLo = f.TravelHi = double.IsNaN(from) ? next : from;
        }

        f.TravelLo = Math.Min(f.TravelLo, next);
        f.TravelHi = Math.Max(f.TravelHi, next);
        var device = _cal.ToDevice(fader, next);
        _sink.Send(FeedbackCommand.FaderTarget(fader, device));

        // The ADC will read the motor's new position: anchor the deadband there so its noise is not a hand.
        f.Jitter.AnchorAtTarget(device * _cal.FullScale);
        _counters.MotorMoves++;
        _log.Add(fader, new FaderCauseEntry(TimeSpan.FromTicks(now), f.NextCause, SuppressReason.None, next));
        f.Ownership = FaderOwnership.HostDriven;
        f.Shown = next;
        f.HasSent = true;
        f.LastSendAt = now;
        f.MotorBusyUntil = now + _motorSettle;
        f.NextCause = MoveCause.Glide;
        f.Force = false;
        f.OwedUnsent = false;
        f.Owed = Math.Abs(f.Goal - next) >= Same;
    }

    /// <summary>
    /// True when a reading is the motor's own travel: it is moving and the reading lies on its path, or it is closing
    /// the last bit onto its target (a slow motor can still creep there after the settle time).
    /// </summary>
    public bool IsMotorTravel(ref FaderState f, double value, double previous, long now)
    {
        if (f.Ownership == FaderOwnership.HostDriven && now < f.MotorBusyUntil
            && value >= f.TravelLo - _followTolerance && value <= f.TravelHi + _followTolerance)
        {
            return true;
        }

        var gap = Math.Abs(value - f.Shown);
        return f.HasSent && gap <= _followTolerance && gap < Math.Abs(previous - f.Shown);
    }

    private static long Ticks(TimeSpan span) => span.Ticks;
}

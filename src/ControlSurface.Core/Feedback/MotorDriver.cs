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
    private readonly bool _motorized;
    private readonly IFeedbackSink _sink;
    private readonly DeviceCalibration _cal;
    private readonly LinkBudget _budget;
    private readonly CounterSet _counters;
    private readonly FaderCauseLog _log;
    private readonly long _window;
    private readonly long _motorSettle;
    private readonly double _followTolerance;
    private readonly int _bytesTarget;

    public MotorDriver(bool motorized, FeedbackOptions o, FeedbackParts parts)
    {
        _motorized = motorized;
        (_sink, _cal, _budget, _counters, _log) = (parts.Sink, parts.Calibration, parts.Budget, parts.Counters, parts.Log);
        _window = Ticks(o.CoalescingWindow);
        _motorSettle = Ticks(o.MotorSettleTime);
        _followTolerance = o.MotorFollowTolerance;
        _bytesTarget = o.BytesPerFaderTarget;
    }

    /// <summary>Sends the next target step for <paramref name="fader"/> if one is owed and allowed now.</summary>
    public void TryDrive(int fader, ref FaderState f, long now, bool staging)
    {
        if (!f.Owed || staging || f.HandOn || f.Ownership == FaderOwnership.Settling || !_motorized)
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
        f.Jitter.Reset(device * _cal.FullScale);
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

    /// <summary>True when a reading is the motor's own travel: it is moving and the reading lies on its path.</summary>
    public bool IsMotorTravel(ref FaderState f, double value, long now) =>
        f.Ownership == FaderOwnership.HostDriven
        && now < f.MotorBusyUntil
        && value >= f.TravelLo - _followTolerance
        && value <= f.TravelHi + _followTolerance;

    private static long Ticks(TimeSpan span) => span.Ticks;
}

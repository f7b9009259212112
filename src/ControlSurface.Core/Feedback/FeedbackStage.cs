using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Feedback;

/// <summary>
/// The feedback stage of one surface: fader arbitration (touch wins, echo suppression, glides, banks,
/// pickup, jitter, calibration) and latest-wins coalescing of everything else it shows, within the link budget.
/// </summary>
/// <remarks>
/// <para>Inputs: <see cref="OnControl"/> for the surface's control events (fader moves and touches are
/// filtered, everything else passes untouched), <see cref="OnModelValue"/> whenever the value of the strip
/// on a fader changes, <see cref="Show"/> for LEDs, rings, meters and texts, <see cref="BeginBank"/> /
/// <see cref="CompleteBank"/> around a bank switch, <see cref="Resync"/> after (re)connect, and
/// <see cref="Tick"/> at least once per coalescing window.</para>
/// <para>Outputs go to the <see cref="IFeedbackSink"/> synchronously. Fader numbers are zero-based on the
/// surface; the caller maps them to strips. Time comes only from the <see cref="TimeProvider"/> (its UTC time, counted forward only). Engine
/// thread only; no method allocates once constructed (texts are the caller's strings).</para>
/// </remarks>
public sealed class FeedbackStage
{
    private readonly FaderArbiter _faders;
    private readonly IndicatorCoalescer _indicators;
    private readonly FeedbackParts _parts;

    /// <summary>Creates the stage for one surface.</summary>
    /// <param name="layout">What the surface has (fader count, motors, touch sensing, LEDs, display).</param>
    /// <param name="options">Times, tolerances and budgets; validated here.</param>
    /// <param name="sink">Receives feedback commands and debounced touches.</param>
    /// <param name="time">The clock.</param>
    /// <param name="calibration">The device's fader calibration; identity at 10 bits when null.</param>
    public FeedbackStage(SurfaceLayout layout, FeedbackOptions options, IFeedbackSink sink, TimeProvider time, DeviceCalibration? calibration = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        calibration ??= DeviceCalibration.Identity(layout.Faders);
        if (calibration.Count < layout.Faders)
        {
            throw new ArgumentException($"calibration covers {calibration.Count} faders, the surface has {layout.Faders}", nameof(calibration));
        }

        var clock = new StageClock(time);
        Options = options;
        Layout = layout;
        Causes = new FaderCauseLog(layout.Faders, options.CauseHistory);
        var budget = new LinkBudget(options.LinkBytesPerSecond, TimeSpan.FromMilliseconds(20), TimeSpan.TicksPerSecond, 0);
        _parts = new FeedbackParts(sink, clock, calibration, budget, new CounterSet(), Causes);
        var touchMode = options.TouchMode ?? (layout.TouchSensing ? TouchMode.SensorWithMovementFallback : TouchMode.MovementOnly);
        _faders = new FaderArbiter(layout, touchMode, options, _parts);
        _indicators = new IndicatorCoalescer(layout, options, _parts);
    }

    /// <summary>The options in force.</summary>
    public FeedbackOptions Options { get; }

    /// <summary>The surface's layout.</summary>
    public SurfaceLayout Layout { get; }

    /// <summary>The "why did it move" log: recent causes and suppression reasons per fader.</summary>
    public FaderCauseLog Causes { get; }

    /// <summary>What the stage has done so far.</summary>
    public FeedbackCounters Counters => _parts.Counters.Snapshot();

    /// <summary>Indicator updates still waiting for the link budget (latest value per control).</summary>
    public int PendingIndicators => _indicators.Pending;

    /// <summary>Indicator commands for controls outside the layout, sent without coalescing.</summary>
    public long IndicatorsPassedThrough => _indicators.PassedThrough;

    /// <summary>True between <see cref="BeginBank"/> and <see cref="CompleteBank"/> (or the next tick).</summary>
    public bool BankSwitching => _faders.Staging;

    /// <summary>Who owns fader <paramref name="fader"/> now.</summary>
    public FaderOwnership Ownership(int fader) => _faders.Ownership(fader);

    /// <summary>True when a hand holds fader <paramref name="fader"/> (debounced sensor or movement).</summary>
    public bool IsTouched(int fader) => _faders.IsTouched(fader);

    /// <summary>The model value of the strip fader <paramref name="fader"/> shows (NaN before the first value).</summary>
    public double ModelValue(int fader) => _faders.Goal(fader);

    /// <summary>The last motor target sent to fader <paramref name="fader"/>, in model units (NaN before the first).</summary>
    public double LastTarget(int fader) => _faders.LastTarget(fader);

    /// <summary>The soft-takeover state of a non-motor fader (to change its <see cref="SoftTakeover.Mode"/>).</summary>
    public SoftTakeover Takeover(int fader) => _faders.Takeover(fader);

    /// <summary>Filters one control event from the surface.</summary>
    /// <param name="input">The event, with fader positions in device units (raw/full scale).</param>
    /// <param name="forward">What the engine should apply: the event itself, or a fader move carrying the model value.</param>
    /// <returns>True when <paramref name="forward"/> should go to the model. Fader touches return false: the
    /// debounced touch is reported through <see cref="IFeedbackSink.TouchChanged"/>. Pads, buttons and
    /// encoders always return true, unchanged.</returns>
    public bool OnControl(in ControlEvent input, out ControlEvent forward)
    {
        var now = _parts.Clock.Now();
        forward = input;
        switch (input.Kind)
        {
            case ControlEventKind.FaderMoved when (uint)input.Control < (uint)_faders.Count:
                var r = _faders.OnHandMoved(input.Control, input.Value, now);
                forward = input with { Value = r.Value };
                return r.Accepted;
            case ControlEventKind.FaderTouched or ControlEventKind.FaderReleased when (uint)input.Control < (uint)_faders.Count:
                _faders.OnTouch(input.Control, input.Kind == ControlEventKind.FaderTouched, now);
                return false;
            default:
                return true;
        }
    }

    /// <summary>The value of the strip on fader <paramref name="fader"/> changed (or is being re-sent).</summary>
    /// <param name="fader">Zero-based fader on this surface.</param>
    /// <param name="value">The model value, 0..1.</param>
    /// <param name="fromThisSurface">True when this surface's own hand move made the change (never driven back).</param>
    public void OnModelValue(int fader, double value, bool fromThisSurface) =>
        _faders.OnModelValue(fader, value, fromThisSurface, _parts.Clock.Now());

    /// <summary>Shows an LED, ring, meter or text (latest wins per control). Fader targets belong in <see cref="OnModelValue"/>.</summary>
    public void Show(in FeedbackCommand command)
    {
        if (command.Kind == FeedbackKind.FaderTarget && (uint)command.Control < (uint)_faders.Count)
        {
            OnModelValue(command.Control, command.Value, false);
            return;
        }

        _indicators.Show(command, _parts.Clock.Now());
    }

    /// <summary>The surface's bank is switching: hold all output until <see cref="CompleteBank"/>; held faders stay with the hand.</summary>
    /// <remarks>After this call, the next <see cref="OnModelValue"/> per fader is the new strip's value (a gentle glide).</remarks>
    public void BeginBank()
    {
        _faders.BeginBank(_parts.Clock.Now());
        _indicators.BeginBank();
    }

    /// <summary>All new values are in: re-send everything the surface shows (texts, LEDs, rings, meters), then glide the motors.</summary>
    public void CompleteBank()
    {
        var now = _parts.Clock.Now();
        _indicators.CompleteBank(now);
        _faders.CompleteBank(now);
    }

    /// <summary>After start-up or reconnect: re-send everything, gliding the motors gently from where the knobs are.</summary>
    public void Resync()
    {
        var now = _parts.Clock.Now();
        _indicators.CompleteBank(now);
        _faders.Resync(now);
    }

    /// <summary>Advances timers: touch debounce, stillness, settling, glides, and whatever the budget held back.</summary>
    public void Tick()
    {
        var now = _parts.Clock.Now();
        if (_faders.Staging)
        {
            CompleteBank();
        }

        _faders.Tick(now);
        _indicators.Flush(now);
    }
}

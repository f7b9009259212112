using ControlSurface.Core.Feedback;
using ControlSurface.Core.Model;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Engine;

/// <summary>Decides what each surface must show after a model change, a touch or a bank move.</summary>
/// <remarks>
/// Each surface has a <see cref="FeedbackStage"/> (Core/Feedback) that keeps the motor-fader rules: a
/// touched fader is never driven, the DAW's echo of a hand's move is not driven back, targets are
/// coalesced and glide, a bank move re-sends everything without flashing, faders without motors pick up.
/// This class maps model changes to the stages. Runs on the engine thread.
/// </remarks>
public sealed class SurfaceFeedback
{
    private readonly BridgeEngine _engine;
    private readonly EngineClock _clock;
    private readonly List<FeedbackStage> _stages = [];

    internal SurfaceFeedback(BridgeEngine engine)
    {
        _engine = engine;
        _clock = new EngineClock(engine);
    }

    /// <summary>The feedback stage of surface <paramref name="surface"/>: counters, ownership and the "why did it move" log.</summary>
    public FeedbackStage Stage(int surface) => StageFor(_engine.Surfaces[surface]);

    /// <summary>Gives surface <paramref name="surface"/> its own feedback options and fader calibration (its device's profile).</summary>
    /// <remarks>
    /// Call after <see cref="BridgeEngine.AddSurface"/>, while the loop is not running (or on the engine thread).
    /// A stage already made for the surface is replaced, starting from a clean state.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">The calibration covers fewer faders than the surface has.</exception>
    public void Configure(int surface, FeedbackOptions options, DeviceCalibration? calibration = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var slot = _engine.Surfaces[surface];
        var stage = NewStage(slot, options, calibration);
        slot.FeedbackOptions = options;
        slot.Calibration = calibration;
        if (surface < _stages.Count)
            _stages[surface] = stage;
    }

    /// <summary>A hand moved fader <paramref name="fader"/> of a surface, which shows <paramref name="strip"/>.</summary>
    public void OnHandMoved(SurfaceSlot slot, int fader, int strip, double value, Origin origin)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if ((uint)fader < (uint)slot.Surface.Layout.Faders)
        {
            // Jitter, motor travel, pickup and faders held across a bank switch stop here.
            if (!StageFor(slot).OnControl(new ControlEvent(slot.Index, ControlEventKind.FaderMoved, fader, value), out var forward))
                return;
            value = forward.Value;
        }
        _engine.Writer.Apply(ModelAddress.Fader(strip), value, origin);
    }

    /// <summary>A hand touched or released a fader.</summary>
    public void OnTouch(SurfaceSlot slot, int fader, int? strip, bool touched)
    {
        ArgumentNullException.ThrowIfNull(slot);
        _ = strip;
        if ((uint)fader >= (uint)slot.Surface.Layout.Faders)
            return;
        // The stage debounces the touch, records it in slot.Touched, and after release glides to the model value.
        var kind = touched ? ControlEventKind.FaderTouched : ControlEventKind.FaderReleased;
        StageFor(slot).OnControl(new ControlEvent(slot.Index, kind, fader, touched ? 1 : 0), out _);
    }

    /// <summary>The model changed: tell every surface that shows it.</summary>
    public void OnModelChange(in ModelChange change)
    {
        var surfaces = _engine.Surfaces;
        for (var i = 0; i < surfaces.Count; i++)
            Show(surfaces[i], change);
    }

    /// <summary>A surface's bank moved: re-send everything it shows, all at once, the motors gliding.</summary>
    public void OnBankChanged(SurfaceSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var stage = StageFor(slot);
        stage.BeginBank();
        ShowAll(slot);
        stage.CompleteBank();
    }

    /// <summary>Timer tick (engine time since start): touch debounce, settling, glides, budgets.</summary>
    public void Tick(TimeSpan now)
    {
        _ = now;
        for (var i = 0; i < _stages.Count; i++)
            _stages[i].Tick();
    }

    /// <summary>After (re)connect: sends a surface everything it shows; motors glide gently from where the knobs are.</summary>
    public void Resend(SurfaceSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        StageFor(slot).Resync();
        ShowAll(slot);
    }

    private void ShowAll(SurfaceSlot slot)
    {
        var width = slot.Mapping.FaderWidth;
        for (var local = 0; local < width; local++)
        {
            if (slot.Bank.StripFor(local) is not { } s)
                continue;
            var strip = _engine.Mixer.Get(s);
            var origin = Origin.Engine;
            ShowStrip(slot, new ModelChange(new ModelAddress(Parameter.Name, s), 0, origin, strip.Name), local);
            ShowStrip(slot, new ModelChange(new ModelAddress(Parameter.ValueText, s), 0, origin, strip.ValueText), local);
            ShowStrip(slot, new ModelChange(new ModelAddress(Parameter.Color, s), strip.Color, origin), local);
            ShowStrip(slot, new ModelChange(new ModelAddress(Parameter.Mute, s), strip.Mute ? 1 : 0, origin), local);
            ShowStrip(slot, new ModelChange(new ModelAddress(Parameter.Solo, s), strip.Solo ? 1 : 0, origin), local);
            ShowStrip(slot, new ModelChange(new ModelAddress(Parameter.RecArm, s), strip.RecArm ? 1 : 0, origin), local);
            ShowStrip(slot, new ModelChange(new ModelAddress(Parameter.Select, s), strip.Select ? 1 : 0, origin), local);
        }
        for (var local = 0; local < width; local++)
        {
            if (slot.Bank.StripFor(local) is { } s)
                ShowStrip(slot, new ModelChange(ModelAddress.Fader(s), _engine.Mixer.Get(s).Fader.Normalized, Origin.Engine), local);
        }
        ShowMaster(slot, new ModelChange(ModelAddress.Fader(ModelAddress.Master), _engine.Mixer.Master.Fader.Normalized, Origin.Engine));
        ShowTransport(slot, _engine.Transport.State);
    }

    private void Show(SurfaceSlot slot, in ModelChange change)
    {
        var p = change.Address.Parameter;
        if (p <= Parameter.Color)
        {
            if (change.Address.Index == ModelAddress.Master)
            {
                ShowMaster(slot, change);
                return;
            }
            if (!slot.Bank.Shows(change.Address.Index, out var local))
                return;
            ShowStrip(slot, change, local);
        }
        else if (p == Parameter.TransportState)
        {
            ShowTransport(slot, (TransportState)(int)change.Value);
        }
        else if (p == Parameter.Loop && slot.Mapping.TryGetButtonLed(Parameter.Loop, 0, out var loopLed))
        {
            Send(slot, FeedbackCommand.Led(loopLed, change.Value));
        }
    }

    /// <summary>A master fader (a control bound to the master strip) follows the master's level, whatever the bank.</summary>
    private void ShowMaster(SurfaceSlot slot, in ModelChange change)
    {
        if (change.Address.Parameter != Parameter.Fader || slot.Mapping.MasterFader is not { } fader || fader >= slot.Surface.Layout.Faders)
            return;
        var fromThisHand = change.Origin.Kind == OriginKind.Surface && change.Origin.Index == slot.Index;
        StageFor(slot).OnModelValue(fader, change.Value, fromThisHand);
    }

    private void ShowStrip(SurfaceSlot slot, in ModelChange change, int local)
    {
        var layout = slot.Surface.Layout;
        switch (change.Address.Parameter)
        {
            case Parameter.Fader:
                var fromThisHand = change.Origin.Kind == OriginKind.Surface && change.Origin.Index == slot.Index;
                if (local < layout.Faders)
                    StageFor(slot).OnModelValue(local, change.Value, fromThisHand);
                break;
            case Parameter.Mute or Parameter.Solo or Parameter.RecArm or Parameter.Select:
                if (slot.Mapping.TryGetButtonLed(change.Address.Parameter, local, out var led))
                    Send(slot, FeedbackCommand.Led(led, change.Value));
                break;
            case Parameter.Name:
                if (layout.DisplayLines > 0 && change.Text is { } name)
                    Send(slot, FeedbackCommand.Display(local, 0, name));
                break;
            case Parameter.ValueText:
                // The second line, unless the surface gave it to pickup arrows.
                var options = slot.FeedbackOptions ?? _engine.Options.Feedback;
                if (layout.DisplayLines > 1 && change.Text is { } value && !(options.PickupHint == PickupHintStyle.Text && options.PickupHintTextLine == 1))
                    Send(slot, FeedbackCommand.Display(local, 1, value));
                break;
            case Parameter.Color:
                if (layout.DisplayLines > 0)
                    Send(slot, new FeedbackCommand(FeedbackKind.StripColor, local, change.Value));
                break;
            case Parameter.Meter:
                Send(slot, new FeedbackCommand(FeedbackKind.Meter, local, change.Value));
                break;
            case Parameter.Pan:
                Send(slot, new FeedbackCommand(FeedbackKind.Ring, local, (change.Value + 1) / 2));
                break;
        }
    }

    private void ShowTransport(SurfaceSlot slot, TransportState state)
    {
        if (slot.Mapping.TryGetButtonLed(Parameter.Play, 0, out var play))
            Send(slot, FeedbackCommand.Led(play, state is TransportState.Playing or TransportState.Recording ? 1 : 0));
        if (slot.Mapping.TryGetButtonLed(Parameter.Stop, 0, out var stop))
            Send(slot, FeedbackCommand.Led(stop, state == TransportState.Stopped ? 1 : 0));
        if (slot.Mapping.TryGetButtonLed(Parameter.Record, 0, out var rec))
            Send(slot, FeedbackCommand.Led(rec, state == TransportState.Recording ? 1 : 0));
    }

    private void Send(SurfaceSlot slot, in FeedbackCommand command) => StageFor(slot).Show(command);

    private FeedbackStage StageFor(SurfaceSlot slot)
    {
        // Stages are made on first use, once per surface, in surface order.
        var surfaces = _engine.Surfaces;
        while (_stages.Count <= slot.Index)
        {
            var s = surfaces[_stages.Count];
            _stages.Add(NewStage(s, s.FeedbackOptions ?? _engine.Options.Feedback, s.Calibration));
        }
        return _stages[slot.Index];
    }

    private FeedbackStage NewStage(SurfaceSlot slot, FeedbackOptions options, DeviceCalibration? calibration) =>
        new(slot.Surface.Layout, options, new SlotFeedbackSink(_engine, slot), _clock, calibration);
}

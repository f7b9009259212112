using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Pads;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Takes;

/// <summary>Hangs a take session off the engine: pads bound to <see cref="Parameter.TakeAction"/> drive it, the engine's transport and mixer serve it.</summary>
/// <remarks>
/// <para>A pad binding's <see cref="ControlBinding.Index"/> names a take pad slot of the <see cref="PadLayout"/> (on the
/// standard board, pad N is slot N): the slot gives the action, its argument (rating, note) and the velocity curve and
/// threshold the strike must pass. Hits, pressure (pressure-only pads strike by crossing the threshold) and buttons
/// go through a <see cref="PadTrigger"/>.</para>
/// <para>Transport commands go through the engine's <see cref="ModelWriter"/> with the engine as origin, so the built-in
/// mixer and DAW targets receive them like any other change. Wall-clock stamps come from the engine's clock (its
/// start plus the current input's time), so replaying a journal reproduces the session exactly.</para>
/// <para>Pad LEDs are refreshed after every action and on ticks (a surface that reconnects gets them all again; a surface
/// a configuration reload adds gets them from its first refresh).
/// Everything runs on the engine thread.</para>
/// </remarks>
public sealed class EngineTakes : ITakeTransport
{
    private readonly BridgeEngine _engine;
    private readonly List<int> _armed = [];
    private readonly PadTrigger _trigger;
    private readonly Dictionary<int, (PadLedFeedback Feedback, Func<int, int> LedOf, bool Connected)> _leds = [];
    private int _surfacesSeen;

    /// <summary>Attaches to <paramref name="engine"/> (before it runs): takes over <see cref="BridgeEngine.TakeActions"/> and its ticks.</summary>
    public EngineTakes(BridgeEngine engine, ITakeSheet sheet, PadLayout? layout = null, TakeSessionOptions? options = null)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        Layout = layout ?? PadLayout.Default16;
        _trigger = new PadTrigger(Layout);
        Session = new TakeSession(this, sheet, new EngineClock(engine), options);
        FindPadSurfaces();
        engine.TakeActions = OnTakeAction;
        engine.Takes = this;
        engine.Ticked += _ => RefreshLeds();
    }

    /// <summary>True when at least one surface has pads bound to take actions (surfaces added later count once the engine has ticked).</summary>
    public bool HasTakePads => _leds.Count > 0;

    /// <summary>The take session.</summary>
    public TakeSession Session { get; }

    /// <summary>The pad layout.</summary>
    public PadLayout Layout { get; }

    /// <summary>Take actions applied.</summary>
    public int Applied { get; private set; }

    /// <summary>Take actions ignored (not armed, nothing to act on...).</summary>
    public int Ignored { get; private set; }

    /// <summary>Pad strikes (and pressure presses let go) under their pad's threshold, or on a slot the layout leaves empty.</summary>
    public long Unused => _trigger.BelowThreshold + _trigger.Unbound;

    /// <summary>Takes started during this run.</summary>
    public int TakesStarted { get; private set; }

    /// <summary>The last action's result, for a display or log.</summary>
    public TakeResult? Last { get; private set; }

    /// <inheritdoc />
    public long Position => _engine.Transport.PositionSamples;

    /// <inheritdoc />
    public int SampleRate => _engine.Transport.SampleRate;

    /// <inheritdoc />
    public IReadOnlyList<int> ArmedTracks
    {
        get
        {
            _armed.Clear();
            var strips = _engine.Mixer.Strips;
            for (var i = 0; i < strips.Count; i++)
            {
                if (strips[i].RecArm)
                    _armed.Add(i);
            }
            return _armed;
        }
    }

    /// <inheritdoc />
    public void Send(ModelAddress address, double value) => _engine.Writer.Apply(address, value, Origin.Engine);

    /// <summary>Applies an action as if its pad was hit (also for actions arriving from elsewhere, e.g. OSC).</summary>
    public TakeResult Apply(in TakeAction action)
    {
        var result = Session.Apply(action);
        Last = result;
        if (result.Applied)
        {
            Applied++;
            if (action.Kind == TakeActionKind.Record && Session.Recording is not null)
                TakesStarted++;
        }
        else
        {
            Ignored++;
        }
        RefreshLeds();
        return result;
    }

    private void OnTakeAction(ControlEvent e)
    {
        if (_trigger.TryStrike(e, out var strike))
            Apply(strike.Action);
    }

    // Surfaces join after construction too (a configuration reload adds them while the engine is paused): each new slot
    // with take pads gets its LEDs from the next refresh on. Slot indices are never reused, so a count says what is new.
    private void FindPadSurfaces()
    {
        var surfaces = _engine.Surfaces;
        for (; _surfacesSeen < surfaces.Count; _surfacesSeen++)
        {
            var slot = surfaces[_surfacesSeen];
            if (slot.Removed)
                continue;
            var pads = slot.Mapping.Bindings.Where(b => b.Kind == ControlKind.Pad && b.Parameter == Parameter.TakeAction)
                .ToDictionary(b => b.Index, b => b.Control);
            if (pads.Count == 0)
                continue;
            var buttons = slot.Surface.Layout.Buttons;
            _leds[slot.Index] = (new PadLedFeedback(), i => pads.TryGetValue(i, out var pad) ? buttons + pad : -1, false);
        }
    }

    private void RefreshLeds()
    {
        // Runs every tick: index loop, no enumerator allocation.
        var surfaces = _engine.Surfaces;
        if (surfaces.Count > _surfacesSeen)
            FindPadSurfaces();
        for (var i = 0; i < surfaces.Count; i++)
        {
            var slot = surfaces[i];
            if (slot.Removed || !_leds.TryGetValue(slot.Index, out var led))
                continue;
            if (slot.Connected && !led.Connected)
                led.Feedback.Invalidate();
            if (slot.Connected != led.Connected)
                _leds[slot.Index] = led with { Connected = slot.Connected };
            led.Feedback.Update(Session, Layout, slot.Surface, led.LedOf);
        }
    }
}

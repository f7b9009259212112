using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Pads;

/// <summary>Turns pad events from any surface into strikes, through each pad's curve and threshold.</summary>
/// <remarks>
/// <para>The event's <see cref="ControlEvent.Control"/> is the layout pad (the take pad slot).</para>
/// <para>Velocity pads send <see cref="ControlEventKind.PadHit"/>: a hit over the threshold is a strike. Any
/// pressure after a hit, counted or not, is aftertouch and ignored until the pad is let go (pressure 0; MIDI
/// profiles send that on note-off).</para>
/// <para>Pressure-only pads (force sensors on a firmware board, MIDI pads that send only poly pressure) send only
/// <see cref="ControlEventKind.PadPressure"/>: the pressure crossing the threshold counts as one strike with the
/// pressure as raw velocity, and the pad re-triggers only after pressure 0 (let go). A press let go without ever
/// crossing the threshold counts once in <see cref="BelowThreshold"/>, like a light hit.</para>
/// <para>A <see cref="ControlEventKind.ButtonDown"/> on a take control is a hit at full velocity.</para>
/// <para>Allocation-free per event; state is per surface and pad (up to 16 surfaces).</para>
/// </remarks>
public sealed class PadTrigger
{
    private const int MaxSurfaces = 16;
    private const int Pads = PadLayout.MaxPad + 1;
    private readonly Press[] _press = new Press[MaxSurfaces * Pads];
    private PadLayout _layout;

    /// <summary>Starts with a layout.</summary>
    public PadTrigger(PadLayout layout) => _layout = layout ?? throw new ArgumentNullException(nameof(layout));

    private enum Press : byte
    {
        Idle,     // not pressed (or never heard of)
        Pressing, // pressure below the threshold so far
        Held,     // struck, or hit: pressure is aftertouch until let go
    }

    /// <summary>The layout in use; replace it to rebind pads at run time.</summary>
    public PadLayout Layout
    {
        get => _layout;
        set => _layout = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Hits, and pressure presses let go, that stayed under their pad's threshold.</summary>
    public long BelowThreshold { get; private set; }

    /// <summary>Hits and presses on pads the layout leaves unbound.</summary>
    public long Unbound { get; private set; }

    /// <summary>Feeds one control event; true when it is a counted strike on a bound pad.</summary>
    public bool TryStrike(in ControlEvent e, out PadStrike strike)
    {
        strike = default;
        if (e.Kind is not (ControlEventKind.PadHit or ControlEventKind.PadPressure or ControlEventKind.ButtonDown)
            || (uint)e.Surface >= MaxSurfaces || (uint)e.Control >= Pads)
            return false;
        var slot = (e.Surface * Pads) + e.Control;
        var raw = e.Kind == ControlEventKind.ButtonDown ? 1 : e.Value;
        if (e.Kind == ControlEventKind.PadPressure)
        {
            var before = _press[slot];
            if (raw <= 0 || double.IsNaN(raw))
            {
                _press[slot] = Press.Idle;
                if (before == Press.Pressing)
                    BelowThreshold++;
                return false;
            }
            if (before == Press.Held)
                return false;
            _press[slot] = Press.Pressing;
        }
        else
        {
            _press[slot] = Press.Held;
        }
        if (_layout[e.Control] is not { } binding)
        {
            _press[slot] = Press.Held; // counted once per press
            Unbound++;
            return false;
        }
        if (!binding.Curve.TryApply(raw, out var velocity))
        {
            if (e.Kind != ControlEventKind.PadPressure)
                BelowThreshold++;
            return false;
        }
        _press[slot] = Press.Held;
        strike = new PadStrike(e.Surface, e.Control, velocity, binding.Action);
        return true;
    }
}

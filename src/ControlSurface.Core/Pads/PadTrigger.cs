using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Pads;

/// <summary>Turns pad events from any surface into strikes, through each pad's curve and threshold.</summary>
/// <remarks>
/// Velocity pads send <see cref="ControlEventKind.PadHit"/>; any pressure after a hit is aftertouch and
/// ignored. Pressure-only pads (force sensors on a firmware board) send only
/// <see cref="ControlEventKind.PadPressure"/>: the pressure crossing the threshold counts as one strike
/// with the pressure as raw velocity, and the pad re-triggers only after pressure 0 (let go).
/// Allocation-free per event; state is per surface and pad (up to 16 surfaces).
/// </remarks>
public sealed class PadTrigger
{
    private const int MaxSurfaces = 16;
    private const int Pads = PadLayout.MaxPad + 1;
    private readonly bool[] _held = new bool[MaxSurfaces * Pads];
    private PadLayout _layout;

    /// <summary>Starts with a layout.</summary>
    public PadTrigger(PadLayout layout) => _layout = layout ?? throw new ArgumentNullException(nameof(layout));

    /// <summary>The layout in use; replace it to rebind pads at run time.</summary>
    public PadLayout Layout
    {
        get => _layout;
        set => _layout = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Strikes ignored because they were under their pad's threshold.</summary>
    public long BelowThreshold { get; private set; }

    /// <summary>Feeds one control event; true when it is a counted strike on a bound pad.</summary>
    public bool TryStrike(in ControlEvent e, out PadStrike strike)
    {
        strike = default;
        if (e.Kind is not (ControlEventKind.PadHit or ControlEventKind.PadPressure)
            || (uint)e.Surface >= MaxSurfaces || (uint)e.Control >= Pads)
            return false;
        var slot = (e.Surface * Pads) + e.Control;
        if (e.Kind == ControlEventKind.PadPressure)
        {
            if (e.Value <= 0)
            {
                _held[slot] = false;
                return false;
            }
            if (_held[slot])
                return false;
        }
        if (_layout[e.Control] is not { } binding)
            return false;
        if (!binding.Curve.TryApply(e.Value, out var velocity))
        {
            if (e.Kind == ControlEventKind.PadHit)
                BelowThreshold++;
            return false;
        }
        _held[slot] = true;
        strike = new PadStrike(e.Surface, e.Control, velocity, binding.Action);
        return true;
    }
}

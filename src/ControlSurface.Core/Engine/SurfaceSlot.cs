using ControlSurface.Core.Banks;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Engine;

/// <summary>The engine's record of one surface: the surface, its mapping, its bank window and its last reported status.</summary>
public sealed class SurfaceSlot
{
    internal SurfaceSlot(int index, ISurface surface, SurfaceMapping mapping, BankWindow bank, string name)
    {
        Index = index;
        Surface = surface;
        Name = name;
        Kind = surface.Kind;
        Mapping = mapping;
        Bank = bank;
        Touched = new bool[Math.Max(surface.Layout.Faders, mapping.FaderWidth) + 1];
    }

    /// <summary>The surface's index (as in <see cref="ControlEvent.Surface"/>).</summary>
    public int Index { get; }

    /// <summary>The surface's name when it was registered (a device may learn a better name later; reports stay stable).</summary>
    public string Name { get; }

    /// <summary>The surface's adapter kind.</summary>
    public string Kind { get; }

    /// <summary>The surface (a silent stand-in once <see cref="Removed"/>).</summary>
    public ISurface Surface { get; private set; }

    /// <summary>True once the surface was taken out (a configuration reload); its index is never reused.</summary>
    public bool Removed { get; private set; }

    /// <summary>Its bindings.</summary>
    public SurfaceMapping Mapping { get; }

    /// <summary>Which strips its faders show.</summary>
    public BankWindow Bank { get; }

    /// <summary>Touch state per fader, as the surface last reported it.</summary>
    internal bool[] Touched { get; }

    /// <summary>Whether the surface last reported its link up; false until its first status, which triggers the start-up sync.</summary>
    public bool Connected { get; internal set; }

    /// <summary>Swaps the surface for a silent stand-in with the same layout, so feedback state stays consistent.</summary>
    internal void Detach()
    {
        Surface = new DetachedSurface(Surface.Name, Kind, Surface.Layout);
        Removed = true;
        Connected = false;
    }

    /// <summary>The surface's own feedback options (touch, echo, budgets, glides, pickup), or null for the engine's.</summary>
    public Feedback.FeedbackOptions? FeedbackOptions { get; internal set; }

    /// <summary>The device's fader calibration (raw ranges, 0 dB alignment, trim), or null for identity.</summary>
    public Feedback.DeviceCalibration? Calibration { get; internal set; }

    /// <summary>The surface's own counters as a JSON object, as last reported (empty object if never).</summary>
    public string CountersJson { get; internal set; } = "{}";
}

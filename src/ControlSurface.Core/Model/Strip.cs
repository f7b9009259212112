namespace ControlSurface.Core.Model;

/// <summary>One mixer strip (a channel, or the master): fader, pan, switches, name, colour and meter.</summary>
/// <remarks>
/// Only the engine writes a strip (on its own thread); nothing here is thread-safe. Setters clamp out-of-range
/// values rather than throw, because values arrive from surfaces and DAWs. Whether a strip is heard also depends on
/// the other strips' solos: ask <see cref="Mixer.IsAudible"/>.
/// </remarks>
public sealed class Strip
{
    private string _name;
    private string _valueText = string.Empty;
    private int _color;
    private double _pan;

    /// <summary>Creates a strip at unity gain, centred, with no switches on.</summary>
    /// <param name="index">Zero-based strip number, or <c>ModelAddress.Master</c> (−1) for the master.</param>
    /// <param name="name">The name shown on scribble strips.</param>
    public Strip(int index, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Index = index;
        _name = name;
        Fader = FaderPosition.Unity;
        Meter = new MeterLevel();
    }

    /// <summary>Zero-based strip number; −1 for the master.</summary>
    public int Index { get; }

    /// <summary>True for the master strip.</summary>
    public bool IsMaster => Index < 0;

    /// <summary>The strip's name (never null; null is stored as empty).</summary>
    public string Name
    {
        get => _name;
        set => _name = value ?? string.Empty;
    }

    /// <summary>The second line of the strip's scribble strip, as the DAW writes it (never null; empty until it does).</summary>
    /// <remarks>
    /// What the DAW shows under the name: usually the value of what the V-Pot controls ("L50R50", a send level), or
    /// the dB of a fader being moved. Surfaces with a two-line display show it on their second line.
    /// </remarks>
    public string ValueText
    {
        get => _valueText;
        set => _valueText = value ?? string.Empty;
    }

    /// <summary>The strip's colour as 0xRRGGBB (higher bits are dropped).</summary>
    public int Color
    {
        get => _color;
        set => _color = value & 0xFFFFFF;
    }

    /// <summary>The fader position at 14-bit resolution.</summary>
    public FaderPosition Fader { get; set; }

    /// <summary>The gain in dB the fader means through Ardour's taper; null for −∞.</summary>
    /// <remarks>Setting it moves <see cref="Fader"/> to the nearest step (null or −∞ moves it to the bottom).</remarks>
    public double? GainDb
    {
        get => Fader.GainDb;
        set => Fader = FaderPosition.FromDb(value);
    }

    /// <summary>Pan from −1 (left) through 0 (centre) to 1 (right); clamped, NaN centres.</summary>
    public double Pan
    {
        get => _pan;
        set => _pan = double.IsNaN(value) ? 0.0 : Math.Clamp(value, -1.0, 1.0);
    }

    /// <summary>The strip's own mute switch (solo-in-place never changes it).</summary>
    public bool Mute { get; set; }

    /// <summary>Solo (in place).</summary>
    public bool Solo { get; set; }

    /// <summary>Record arm.</summary>
    public bool RecArm { get; set; }

    /// <summary>Selected.</summary>
    public bool Select { get; set; }

    /// <summary>The meter, with peak hold and fall.</summary>
    public MeterLevel Meter { get; }

    /// <inheritdoc />
    public override string ToString() => IsMaster ? $"Master '{Name}'" : $"Strip {Index} '{Name}'";
}

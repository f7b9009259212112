namespace ControlSurface.Core.Feedback;

/// <summary>Soft takeover for the faders of a surface without motors, with the direction hint each one shows.</summary>
/// <remarks>One <see cref="SoftTakeover"/> per fader, made up front (mode per fader changeable at any time). Engine thread only.</remarks>
internal sealed class FaderPickup
{
    private readonly SoftTakeover[] _takeover;
    private readonly PickupHints _hints;

    public FaderPickup(int faders, FeedbackOptions options, IFeedbackSink sink)
    {
        _takeover = new SoftTakeover[faders];
        for (var i = 0; i < faders; i++)
        {
            var mode = i < options.PickupModes.Count ? options.PickupModes[i] : options.PickupMode;
            _takeover[i] = new SoftTakeover(mode, options.PickupTolerance);
        }

        _hints = new PickupHints(faders, options, sink);
    }

    public SoftTakeover this[int fader] => _takeover[fader];

    /// <summary>Remembers where the knob is without moving anything (a first reading).</summary>
    public void Observe(int fader, double position) => _takeover[fader].Observe(position);

    /// <summary>A hand move to <paramref name="position"/> while the model value is <paramref name="value"/>; shows the hint.</summary>
    public PickupResult Move(int fader, double position, double value)
    {
        var r = _takeover[fader].Move(position, value);
        _hints.Show(fader, r.Hint);
        return r;
    }

    /// <summary>Something else changed the value: the knob must pick it up again; shows the hint.</summary>
    public void ValueChanged(int fader, double value)
    {
        _takeover[fader].ValueChanged(value);
        _hints.Show(fader, _takeover[fader].Hint);
    }

    /// <summary>After a reconnect: the knob's position is unknown again.</summary>
    public void Forget(int fader) => _takeover[fader].Forget();
}

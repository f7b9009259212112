using ControlSurface.Core.Model;

namespace ControlSurface.Core.Engine;

/// <summary>The only code that writes the model: applies a value at an address and publishes the change.</summary>
/// <remarks>
/// A change is published only when the model really changed, to every target but the one it came from
/// and to the surface feedback stage. Runs on the engine thread.
/// </remarks>
public sealed class ModelWriter
{
    private readonly BridgeEngine _engine;

    internal ModelWriter(BridgeEngine engine) => _engine = engine;

    /// <summary>Applies <paramref name="value"/> (or <paramref name="text"/> for names) at <paramref name="address"/>.</summary>
    public void Apply(ModelAddress address, double value, Origin origin, string? text = null)
    {
        if (double.IsNaN(value))
        {
            _engine.Counters.RejectedInputs++;
            return;
        }
        if (address.Parameter <= Parameter.Color)
            ApplyToStrip(address, value, origin, text);
        else
            ApplyToTransport(address, value, origin);
    }

    private void ApplyToStrip(ModelAddress address, double value, Origin origin, string? text)
    {
        var mixer = _engine.Mixer;
        if (address.Index != ModelAddress.Master && (uint)address.Index >= (uint)mixer.Strips.Count)
        {
            _engine.Counters.RejectedInputs++;
            return;
        }
        var strip = mixer.Get(address.Index);
        var changed = true;
        if (address.Parameter is Parameter.Mute or Parameter.Solo or Parameter.RecArm or Parameter.Select)
            value = value >= 0.5 ? 1 : 0;
        switch (address.Parameter)
        {
            case Parameter.Fader:
                var position = FaderPosition.FromNormalized(value);
                changed = position != strip.Fader;
                strip.Fader = position;
                value = position.Normalized;
                break;
            case Parameter.Pan:
                value = Math.Clamp(value, -1, 1);
                changed = value != strip.Pan;
                strip.Pan = value;
                break;
            case Parameter.Mute:
                changed = strip.Mute != (strip.Mute = value >= 0.5);
                break;
            case Parameter.Solo:
                changed = strip.Solo != (strip.Solo = value >= 0.5);
                break;
            case Parameter.RecArm:
                changed = strip.RecArm != (strip.RecArm = value >= 0.5);
                break;
            case Parameter.Select:
                changed = strip.Select != (strip.Select = value >= 0.5);
                break;
            case Parameter.Meter:
                strip.Meter.Update(Math.Clamp(value, 0, 1), _engine.Now);
                break;
            case Parameter.Name:
                if (text is null || text == strip.Name)
                    return;
                strip.Name = text;
                break;
            case Parameter.ValueText:
                if (text is null || text == strip.ValueText)
                    return;
                strip.ValueText = text;
                break;
            case Parameter.Color:
                var color = (int)value & 0xFFFFFF;
                changed = color != strip.Color;
                strip.Color = color;
                break;
        }
        if (changed)
            Publish(new ModelChange(address, value, origin, text));
    }

    private void ApplyToTransport(ModelAddress address, double value, Origin origin)
    {
        var transport = _engine.Transport;
        if (address.Parameter is Parameter.TimeDisplay or Parameter.TimeDisplayMode or Parameter.AssignmentDisplay)
        {
            ApplyToDisplay(transport.Display, address, value, origin);
            return;
        }
        var before = transport.State;
        switch (address.Parameter)
        {
            case Parameter.Play:
                transport.Play();
                break;
            case Parameter.Stop:
                transport.Stop();
                break;
            case Parameter.Record:
                transport.Record();
                break;
            case Parameter.Pause:
                transport.Pause();
                break;
            case Parameter.Rewind:
                transport.Rewind(value >= 0.5);
                break;
            case Parameter.FastForward:
                transport.FastForward(value >= 0.5);
                break;
            case Parameter.Locate:
            case Parameter.Position:
                transport.Locate((long)Math.Max(0, value));
                break;
            case Parameter.Loop:
                transport.Loop = value >= 0.5;
                break;
            case Parameter.MarkerAdd:
                transport.AddMarker();
                break;
            case Parameter.MarkerNext:
                transport.NextMarker();
                break;
            case Parameter.MarkerPrevious:
                transport.PreviousMarker();
                break;
            case Parameter.TransportState:
                if (!Enum.IsDefined((TransportState)(int)value))
                {
                    _engine.Counters.RejectedInputs++;
                    return;
                }
                transport.SetState((TransportState)(int)value);
                break;
            default:
                _engine.Counters.RejectedInputs++;
                return;
        }
        // Commands are published so a DAW target can forward them; the resulting state separately.
        if (address.Parameter != Parameter.TransportState && address.Parameter != Parameter.Position)
            Publish(new ModelChange(address, value, origin));
        if (transport.State != before)
            Publish(new ModelChange(new ModelAddress(Parameter.TransportState), (int)transport.State, origin));
    }

    // The DAW's own display text: published only when a digit or the mode really changed.
    private void ApplyToDisplay(TransportDisplay display, ModelAddress address, double value, Origin origin)
    {
        var v = (int)value;
        var changed = address.Parameter switch
        {
            Parameter.TimeDisplay => display.SetTimeDigit(address.Index, v),
            Parameter.AssignmentDisplay => display.SetAssignmentDigit(address.Index, v),
            _ when Enum.IsDefined((TimeDisplayMode)v) => display.Mode != (display.Mode = (TimeDisplayMode)v),
            _ => Reject(),
        };
        if (changed)
            Publish(new ModelChange(address, value, origin));
    }

    private bool Reject()
    {
        _engine.Counters.RejectedInputs++;
        return false;
    }

    /// <summary>Sends a change to every target but its origin, then to the surfaces.</summary>
    public void Publish(in ModelChange change)
    {
        _engine.Counters.ModelChanges++;
        var targets = _engine.Targets;
        for (var i = 0; i < targets.Count; i++)
        {
            if (change.Origin.Kind == OriginKind.Target && change.Origin.Index == i)
                continue;
            targets[i].Apply(change);
        }
        _engine.Feedback.OnModelChange(change);
    }
}

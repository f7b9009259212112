using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Core.Engine;

/// <summary>Turns a surface's control event into a model write through the surface's mapping and bank.</summary>
internal sealed class ControlRouter(BridgeEngine engine)
{
    public void Handle(in ControlEvent e)
    {
        var surfaces = engine.Surfaces;
        if ((uint)e.Surface >= (uint)surfaces.Count)
        {
            engine.Counters.RejectedInputs++;
            return;
        }
        var slot = surfaces[e.Surface];
        if (slot.Removed)
        {
            engine.Counters.RejectedInputs++;
            return;
        }
        if (!slot.Mapping.TryGet(SurfaceMapping.KindOf(e.Kind), e.Control, out var binding))
        {
            engine.Counters.UnmappedControls++;
            return;
        }
        var origin = Origin.Surface(slot.Index);
        switch (binding.Parameter)
        {
            case Parameter.Fader:
                HandleFader(slot, e, binding, origin);
                break;
            case Parameter.Pan:
                if (e.Kind == ControlEventKind.EncoderTurned && Resolve(slot, binding) is { } panStrip)
                {
                    var pan = engine.Mixer.Get(panStrip).Pan + e.Value * binding.Amount;
                    engine.Writer.Apply(new ModelAddress(Parameter.Pan, panStrip), pan, origin);
                }
                break;
            case Parameter.Mute or Parameter.Solo or Parameter.RecArm or Parameter.Select:
                if (IsPress(e) && Resolve(slot, binding) is { } strip)
                    engine.Writer.Apply(new ModelAddress(binding.Parameter, strip), CurrentSwitch(binding.Parameter, strip) ? 0 : 1, origin);
                break;
            case Parameter.Rewind or Parameter.FastForward:
                if (e.Kind is ControlEventKind.ButtonDown or ControlEventKind.ButtonUp)
                    engine.Writer.Apply(new ModelAddress(binding.Parameter), e.Kind == ControlEventKind.ButtonDown ? 1 : 0, origin);
                break;
            case Parameter.Loop:
                if (IsPress(e))
                    engine.Writer.Apply(new ModelAddress(Parameter.Loop), engine.Transport.Loop ? 0 : 1, origin);
                break;
            case Parameter.Bank:
                if (IsPress(e))
                    MoveBank(slot, (int)binding.Amount);
                break;
            case Parameter.TakeAction:
                // Pressure too: pressure-only pads strike by crossing their threshold (the take pads decide).
                if (e.Kind is ControlEventKind.PadHit or ControlEventKind.PadPressure or ControlEventKind.ButtonDown)
                    engine.TakeActions?.Invoke(e with { Control = binding.Index });
                break;
            default:
                if (IsPress(e))
                    engine.Writer.Apply(new ModelAddress(binding.Parameter, binding.Index), 1, origin);
                break;
        }
    }

    private void HandleFader(SurfaceSlot slot, in ControlEvent e, in ControlBinding binding, Origin origin)
    {
        var strip = Resolve(slot, binding);
        switch (e.Kind)
        {
            case ControlEventKind.FaderMoved:
                if (strip is { } s)
                    engine.Feedback.OnHandMoved(slot, e.Control, s, e.Value, origin);
                break;
            case ControlEventKind.FaderTouched:
                engine.Feedback.OnTouch(slot, e.Control, strip, touched: true);
                break;
            case ControlEventKind.FaderReleased:
                engine.Feedback.OnTouch(slot, e.Control, strip, touched: false);
                break;
        }
    }

    private static bool IsPress(in ControlEvent e) => e.Kind is ControlEventKind.ButtonDown or ControlEventKind.PadHit;

    private int? Resolve(SurfaceSlot slot, in ControlBinding binding)
    {
        if (!binding.BankRelative)
            return binding.Index;
        var strip = slot.Bank.StripFor(binding.Index);
        if (strip is null)
            engine.Counters.RejectedInputs++;
        return strip;
    }

    private bool CurrentSwitch(Parameter parameter, int strip)
    {
        var s = engine.Mixer.Get(strip);
        return parameter switch
        {
            Parameter.Mute => s.Mute,
            Parameter.Solo => s.Solo,
            Parameter.RecArm => s.RecArm,
            _ => s.Select,
        };
    }

    private void MoveBank(SurfaceSlot slot, int amount)
    {
        var bank = slot.Bank;
        var before = bank.Offset;
        if (amount <= -2)
            bank.BankLeft();
        else if (amount >= 2)
            bank.BankRight();
        else if (amount == -1)
            bank.ChannelLeft();
        else if (amount == 1)
            bank.ChannelRight();
        if (bank.Offset == before)
            return;
        engine.Counters.BankChanges++;
        engine.Feedback.OnBankChanged(slot);
    }
}

using System.Globalization;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;

namespace ControlSurface.Midi.Profiles;

/// <summary>Turns <c>bind:</c> words into engine bindings: which model address each control drives.</summary>
/// <remarks>
/// Words: <c>strip.fader</c>, <c>strip.pan</c>, <c>strip.mute</c>, <c>strip.solo</c>, <c>strip.rec</c>, <c>strip.select</c>
/// (bank-relative; a range counts up from <c>strip:</c>, default 1), <c>master.fader</c>, <c>transport.play</c>,
/// <c>.stop</c>, <c>.record</c>, <c>.pause</c>, <c>.rewind</c>, <c>.forward</c>, <c>.loop</c>, <c>marker.add</c>,
/// <c>.next</c>, <c>.previous</c>, <c>bank.left</c>, <c>bank.right</c> (by the surface's fader width),
/// <c>channel.left</c>, <c>channel.right</c>, <c>take.N</c> (take action N, counting up over a range).
/// </remarks>
public static class ProfileBindings
{
    /// <summary>Every word <c>bind:</c> accepts.</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "strip.fader", "strip.pan", "strip.mute", "strip.solo", "strip.rec", "strip.select", "master.fader",
        "transport.play", "transport.stop", "transport.record", "transport.pause", "transport.rewind", "transport.forward", "transport.loop",
        "marker.add", "marker.next", "marker.previous", "bank.left", "bank.right", "channel.left", "channel.right", "take.N",
    ];

    /// <summary>The engine's control kind for a profile control kind.</summary>
    public static ControlKind KindOf(ProfileControlKind kind) => kind switch
    {
        ProfileControlKind.Fader => ControlKind.Fader,
        ProfileControlKind.Knob => ControlKind.Encoder,
        ProfileControlKind.Pad => ControlKind.Pad,
        _ => ControlKind.Button,
    };

    internal static IReadOnlyList<ControlBinding> Resolve(IReadOnlyList<PendingBinding> pending)
    {
        var width = 0;
        foreach (var p in pending)
        {
            if (p.Target == "strip.fader")
                width = Math.Max(width, p.Strip + 1);
        }
        if (width == 0)
            width = 8;
        var list = new List<ControlBinding>(pending.Count);
        foreach (var p in pending)
            list.Add(Bind(p, width));
        return list;
    }

    private static ControlBinding Bind(PendingBinding p, int width)
    {
        var kind = KindOf(p.Control.Kind);
        var n = p.Control.Number;
        ControlBinding Strip(Parameter parameter) => new(kind, n, parameter, p.Strip, BankRelative: true, Amount: p.Amount ?? 0);
        ControlBinding Global(Parameter parameter, double amount = 0) => new(kind, n, parameter, 0, Amount: p.Amount ?? amount);
        switch (p.Target)
        {
            case "strip.fader":
                return Require(p, ProfileControlKind.Fader, Strip(Parameter.Fader));
            case "master.fader":
                return Require(p, ProfileControlKind.Fader, new(kind, n, Parameter.Fader, ModelAddress.Master));
            case "strip.pan":
                var step = p.Control.Encoding == KnobEncoding.Absolute ? 2.0 / 127 : 1.0 / 64;
                return Require(p, ProfileControlKind.Knob, Strip(Parameter.Pan) with { Amount = p.Amount ?? step });
            case "strip.mute": return Strip(Parameter.Mute);
            case "strip.solo": return Strip(Parameter.Solo);
            case "strip.rec": return Strip(Parameter.RecArm);
            case "strip.select": return Strip(Parameter.Select);
            case "transport.play": return Global(Parameter.Play);
            case "transport.stop": return Global(Parameter.Stop);
            case "transport.record": return Global(Parameter.Record);
            case "transport.pause": return Global(Parameter.Pause);
            case "transport.rewind": return Global(Parameter.Rewind);
            case "transport.forward": return Global(Parameter.FastForward);
            case "transport.loop": return Global(Parameter.Loop);
            case "marker.add": return Global(Parameter.MarkerAdd);
            case "marker.next": return Global(Parameter.MarkerNext);
            case "marker.previous": return Global(Parameter.MarkerPrevious);
            case "bank.left": return Global(Parameter.Bank, -width);
            case "bank.right": return Global(Parameter.Bank, width);
            case "channel.left": return Global(Parameter.Bank, -1);
            case "channel.right": return Global(Parameter.Bank, 1);
        }
        if (p.Target.StartsWith("take.", StringComparison.Ordinal)
            && int.TryParse(p.Target.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var action))
            return new(kind, n, Parameter.TakeAction, action + p.Offset);
        throw p.Entry.ErrorAt(p.Node, $"unknown bind '{p.Target}' (known: {string.Join(", ", Words)})");
    }

    private static ControlBinding Require(PendingBinding p, ProfileControlKind kind, ControlBinding binding) =>
        p.Control.Kind == kind ? binding
            : throw p.Entry.ErrorAt(p.Node, $"'{p.Target}' needs a {kind.ToString().ToLowerInvariant()}, not a {p.Control.Kind.ToString().ToLowerInvariant()}");
}

using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Midi.Mackie;

namespace ControlSurface.Midi.MackieHost;

/// <summary>The default mapping of a Mackie-protocol surface: buttons are numbered by their note, so LEDs light on the same number.</summary>
/// <remarks>
/// Faders 0-7 drive the banked strips, fader 8 (main units) the master. REC/SOLO/MUTE/SELECT switch the
/// strip below them; V-Pots 0-7 pan it. Bank and channel keys move the bank; Rewind, Fast Forward, Stop,
/// Play, Record, Cycle and Marker work the transport; cursor left/right go to the previous/next marker.
/// Encoder 8 is the jog wheel (unmapped by default).
/// </remarks>
public static class MackieSurfaceMapping
{
    /// <summary>Encoder number of the jog wheel.</summary>
    public const int JogWheel = 8;

    /// <summary>The default bindings for a main unit (<paramref name="mainUnit"/>) or an extender.</summary>
    public static IReadOnlyList<ControlBinding> Bindings(bool mainUnit)
    {
        var b = new List<ControlBinding>();
        for (var i = 0; i < MackieProtocol.StripsPerUnit; i++)
        {
            b.Add(new(ControlKind.Fader, i, Parameter.Fader, i, BankRelative: true));
            b.Add(new(ControlKind.Button, MackieProtocol.RecBase + i, Parameter.RecArm, i, BankRelative: true));
            b.Add(new(ControlKind.Button, MackieProtocol.SoloBase + i, Parameter.Solo, i, BankRelative: true));
            b.Add(new(ControlKind.Button, MackieProtocol.MuteBase + i, Parameter.Mute, i, BankRelative: true));
            b.Add(new(ControlKind.Button, MackieProtocol.SelectBase + i, Parameter.Select, i, BankRelative: true));
            b.Add(new(ControlKind.Encoder, i, Parameter.Pan, i, BankRelative: true, Amount: 1.0 / 64));
        }
        b.Add(new(ControlKind.Button, MackieProtocol.BankLeft, Parameter.Bank, Amount: -MackieProtocol.StripsPerUnit));
        b.Add(new(ControlKind.Button, MackieProtocol.BankRight, Parameter.Bank, Amount: MackieProtocol.StripsPerUnit));
        b.Add(new(ControlKind.Button, MackieProtocol.ChannelLeft, Parameter.Bank, Amount: -1));
        b.Add(new(ControlKind.Button, MackieProtocol.ChannelRight, Parameter.Bank, Amount: 1));
        if (!mainUnit)
            return b;
        b.Add(new(ControlKind.Fader, 8, Parameter.Fader, ModelAddress.Master));
        b.Add(new(ControlKind.Button, MackieProtocol.Rewind, Parameter.Rewind));
        b.Add(new(ControlKind.Button, MackieProtocol.FastForward, Parameter.FastForward));
        b.Add(new(ControlKind.Button, MackieProtocol.Stop, Parameter.Stop));
        b.Add(new(ControlKind.Button, MackieProtocol.Play, Parameter.Play));
        b.Add(new(ControlKind.Button, MackieProtocol.Record, Parameter.Record));
        b.Add(new(ControlKind.Button, MackieProtocol.Cycle, Parameter.Loop));
        b.Add(new(ControlKind.Button, MackieProtocol.Marker, Parameter.MarkerAdd));
        b.Add(new(ControlKind.Button, MackieProtocol.CursorLeft, Parameter.MarkerPrevious));
        b.Add(new(ControlKind.Button, MackieProtocol.CursorRight, Parameter.MarkerNext));
        return b;
    }

    /// <summary>The default mapping as a lookup table.</summary>
    public static SurfaceMapping Create(bool mainUnit) => new(Bindings(mainUnit));
}

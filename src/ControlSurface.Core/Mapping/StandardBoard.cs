using ControlSurface.Core.Engine;

namespace ControlSurface.Core.Mapping;

/// <summary>The button numbering and default mapping of a standard ControlSurface board (the simulator's and the reference firmware's).</summary>
/// <remarks>
/// Buttons 0-12 are global (transport, banks, markers); from <see cref="FirstStripButton"/> on come four
/// rows of per-strip buttons (mute, solo, rec, select), one per fader. Pads map to take actions by number.
/// </remarks>
public static class StandardBoard
{
    /// <summary>Play.</summary>
    public const int Play = 0;
    /// <summary>Stop.</summary>
    public const int Stop = 1;
    /// <summary>Record.</summary>
    public const int Record = 2;
    /// <summary>Rewind (hold).</summary>
    public const int Rewind = 3;
    /// <summary>Fast-forward (hold).</summary>
    public const int FastForward = 4;
    /// <summary>Loop on/off.</summary>
    public const int Loop = 5;
    /// <summary>Bank left by the surface width.</summary>
    public const int BankLeft = 6;
    /// <summary>Bank right by the surface width.</summary>
    public const int BankRight = 7;
    /// <summary>Channel left by one strip.</summary>
    public const int ChannelLeft = 8;
    /// <summary>Channel right by one strip.</summary>
    public const int ChannelRight = 9;
    /// <summary>Add a marker.</summary>
    public const int MarkerAdd = 10;
    /// <summary>Previous marker.</summary>
    public const int MarkerPrevious = 11;
    /// <summary>Next marker.</summary>
    public const int MarkerNext = 12;
    /// <summary>The first per-strip button (mute of fader 0).</summary>
    public const int FirstStripButton = 16;

    /// <summary>Number of buttons on a board with <paramref name="faders"/> strip faders.</summary>
    public static int ButtonCount(int faders) => FirstStripButton + 4 * faders;

    /// <summary>The button for a per-strip switch on fader <paramref name="fader"/>.</summary>
    public static int StripButton(Parameter parameter, int fader, int faders) => FirstStripButton + fader + faders * parameter switch
    {
        Parameter.Mute => 0,
        Parameter.Solo => 1,
        Parameter.RecArm => 2,
        Parameter.Select => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "not a strip switch"),
    };

    /// <summary>The default mapping: faders to banked strips, encoders to pan, pads to take actions.</summary>
    public static SurfaceMapping Mapping(int faders, int pads, int encoders)
    {
        var b = new List<ControlBinding>();
        for (var i = 0; i < faders; i++)
        {
            b.Add(new(ControlKind.Fader, i, Parameter.Fader, i, BankRelative: true));
            foreach (var p in (ReadOnlySpan<Parameter>)[Parameter.Mute, Parameter.Solo, Parameter.RecArm, Parameter.Select])
                b.Add(new(ControlKind.Button, StripButton(p, i, faders), p, i, BankRelative: true));
        }
        for (var i = 0; i < encoders; i++)
            b.Add(new(ControlKind.Encoder, i, Parameter.Pan, i, BankRelative: true, Amount: 1.0 / 64));
        for (var i = 0; i < pads; i++)
            b.Add(new(ControlKind.Pad, i, Parameter.TakeAction, i));
        b.Add(new(ControlKind.Button, Play, Parameter.Play));
        b.Add(new(ControlKind.Button, Stop, Parameter.Stop));
        b.Add(new(ControlKind.Button, Record, Parameter.Record));
        b.Add(new(ControlKind.Button, Rewind, Parameter.Rewind));
        b.Add(new(ControlKind.Button, FastForward, Parameter.FastForward));
        b.Add(new(ControlKind.Button, Loop, Parameter.Loop));
        b.Add(new(ControlKind.Button, BankLeft, Parameter.Bank, Amount: -faders));
        b.Add(new(ControlKind.Button, BankRight, Parameter.Bank, Amount: faders));
        b.Add(new(ControlKind.Button, ChannelLeft, Parameter.Bank, Amount: -1));
        b.Add(new(ControlKind.Button, ChannelRight, Parameter.Bank, Amount: 1));
        b.Add(new(ControlKind.Button, MarkerAdd, Parameter.MarkerAdd));
        b.Add(new(ControlKind.Button, MarkerPrevious, Parameter.MarkerPrevious));
        b.Add(new(ControlKind.Button, MarkerNext, Parameter.MarkerNext));
        return new SurfaceMapping(b);
    }
}

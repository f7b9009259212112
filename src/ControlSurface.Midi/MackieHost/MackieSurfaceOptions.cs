using ControlSurface.Midi.Mackie;

namespace ControlSurface.Midi.MackieHost;

/// <summary>What kind of Mackie-protocol surface is attached and how the host role paces it.</summary>
/// <remarks>Presets: <see cref="Mcu"/>, <see cref="McuExtender"/>, <see cref="XTouch"/>, <see cref="XTouchExtender"/>, <see cref="LogicControl"/>.</remarks>
public sealed record MackieSurfaceOptions
{
    /// <summary>The SysEx model byte the unit answers to (0x14 MCU, 0x15 MCU XT, 0x10 Logic Control, 0x11 LC XT).</summary>
    public byte Model { get; init; } = MackieProtocol.ModelMain;

    /// <summary>True when the unit has colour scribble strips (X-Touch firmware 1.22 and later: SysEx 0x72).</summary>
    public bool ColorStrips { get; init; }

    /// <summary>Characters per strip used for a name: 6 plus a space on the MCU's one continuous LCD, 7 where each strip has its own display.</summary>
    public int NameWidth { get; init; } = 6;

    /// <summary>How long the value line shows a fader's dB after the hand stops, before it returns to its resting text.</summary>
    public TimeSpan ValueHold { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Pause between device queries while the unit has not answered.</summary>
    public TimeSpan QueryInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Unanswered device queries after which the unit is taken as online anyway (some clones never answer).</summary>
    public int QueriesBeforeAssumingOnline { get; init; } = 3;

    /// <summary>How often a lit meter is sent again: the unit lets a meter fall by itself within about 300 ms per segment.</summary>
    public TimeSpan MeterRefresh { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>True for main units (master fader, transport, displays); false for extenders.</summary>
    public bool IsMainUnit => Model is MackieProtocol.ModelMain or LogicControlModels.Main;

    /// <summary>True for Logic Control units, which want the challenge answered.</summary>
    public bool IsLogicControl => Model is LogicControlModels.Main or LogicControlModels.Extender;

    /// <summary>A Mackie Control Universal (Pro) main unit.</summary>
    public static MackieSurfaceOptions Mcu { get; } = new();

    /// <summary>A Mackie Control XT extender.</summary>
    public static MackieSurfaceOptions McuExtender { get; } = new() { Model = MackieProtocol.ModelExtender };

    /// <summary>A Behringer X-Touch in MC mode: a display per strip, colour scribble strips.</summary>
    public static MackieSurfaceOptions XTouch { get; } = new() { ColorStrips = true, NameWidth = 7 };

    /// <summary>A Behringer X-Touch Extender in MC mode.</summary>
    public static MackieSurfaceOptions XTouchExtender { get; } = XTouch with { Model = MackieProtocol.ModelExtender };

    /// <summary>An Emagic/Apple Logic Control main unit (challenge and response at connect).</summary>
    public static MackieSurfaceOptions LogicControl { get; } = new() { Model = LogicControlModels.Main };
}

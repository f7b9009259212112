namespace ControlSurface.Core.Engine;

/// <summary>Something in the model that can be read, set or triggered.</summary>
/// <remarks>
/// Strip parameters use <see cref="ModelAddress.Index"/> as the zero-based strip number
/// (<see cref="ModelAddress.Master"/> for the master strip). Transport and bank parameters ignore it
/// unless noted. Values are normalised: faders 0..1, pan -1..1 (centre 0), switches 0/1.
/// </remarks>
public enum Parameter : byte
{
    /// <summary>Strip fader position, 0..1 (14-bit resolution).</summary>
    Fader,
    /// <summary>Strip pan, -1 (left) .. 1 (right).</summary>
    Pan,
    /// <summary>Strip mute, 0/1.</summary>
    Mute,
    /// <summary>Strip solo, 0/1.</summary>
    Solo,
    /// <summary>Strip record arm, 0/1.</summary>
    RecArm,
    /// <summary>Strip select, 0/1.</summary>
    Select,
    /// <summary>Strip meter level, 0..1 (a target reports it; the model adds peak hold and decay).</summary>
    Meter,
    /// <summary>Strip name (text).</summary>
    Name,
    /// <summary>Strip value text: the second line of its scribble strip, as the DAW writes it (text).</summary>
    ValueText,
    /// <summary>Strip colour, 0xRRGGBB in the value.</summary>
    Color,
    /// <summary>Transport: play.</summary>
    Play,
    /// <summary>Transport: stop.</summary>
    Stop,
    /// <summary>Transport: record (toggles record enable while rolling, or starts recording).</summary>
    Record,
    /// <summary>Transport: pause.</summary>
    Pause,
    /// <summary>Transport: rewind (value 1 held, 0 released).</summary>
    Rewind,
    /// <summary>Transport: fast-forward (value 1 held, 0 released).</summary>
    FastForward,
    /// <summary>Transport: locate to the position in the value, in samples.</summary>
    Locate,
    /// <summary>Transport: loop on/off, 0/1.</summary>
    Loop,
    /// <summary>Transport: add a marker at the current position.</summary>
    MarkerAdd,
    /// <summary>Transport: locate to the next marker.</summary>
    MarkerNext,
    /// <summary>Transport: locate to the previous marker.</summary>
    MarkerPrevious,
    /// <summary>Transport state reported by a target (value is a <c>TransportState</c>).</summary>
    TransportState,
    /// <summary>Transport position reported by a target, in samples.</summary>
    Position,
    /// <summary>Bank: move a surface's window by the value in strips (±bank size, ±1).</summary>
    Bank,
    /// <summary>A take action (pads); <see cref="ModelAddress.Index"/> says which action.</summary>
    TakeAction,
    /// <summary>Transport display: time digit <see cref="ModelAddress.Index"/> (0 = leftmost of 10); value = character, plus <c>TransportDisplay.DotFlag</c> with its point lit.</summary>
    TimeDisplay,
    /// <summary>Transport display: what the time display shows (value is a <c>TimeDisplayMode</c>).</summary>
    TimeDisplayMode,
    /// <summary>Transport display: assignment digit <see cref="ModelAddress.Index"/> (0 left, 1 right); value as for <see cref="TimeDisplay"/>.</summary>
    AssignmentDisplay,
}

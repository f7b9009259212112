namespace ControlSurface.Core.Pads;

/// <summary>What a take pad's LED shows.</summary>
public enum PadLedState : byte
{
    /// <summary>Nothing to show: off.</summary>
    Idle,
    /// <summary>The session is armed (arm and record pads).</summary>
    Armed,
    /// <summary>A take is recording (record and stop pads): blinking.</summary>
    Recording,
    /// <summary>There is a take the pad acts on (play, rate, marker, undo), or the take has that rating.</summary>
    Recorded,
    /// <summary>The current take is a keeper (keeper pad).</summary>
    Keeper,
    /// <summary>The current take is rejected (reject pad).</summary>
    Rejected,
}

namespace ControlSurface.Core.Feedback;

/// <summary>Everything the arbiter knows about one physical fader; a mutable struct kept in an array (no allocation).</summary>
/// <remarks>Positions are model units; NaN means unknown. Times are <see cref="StageClock"/> ticks.</remarks>
internal struct FaderState
{
    public FaderOwnership Ownership;

    /// <summary>The raw sensor, its debounced state, and the movement fallback.</summary>
    public TouchState Touch;

    public JitterFilter Jitter;

    /// <summary>Where the knob is, as far as we know (hand readings and motor travel).</summary>
    public double Position;

    /// <summary>The model value of the strip this fader shows.</summary>
    public double Goal;

    /// <summary>The last target sent to the motor (during a glide: the glide's current point).</summary>
    public double Shown;

    /// <summary>A target is owed: the goal has not been delivered, or a re-send was asked for.</summary>
    public bool Owed;

    /// <summary>The owed value arrived after the last send (so replacing it counts as coalescing).</summary>
    public bool OwedUnsent;

    /// <summary>Send even when the goal equals the last target (bank change, resync, release).</summary>
    public bool Force;

    public bool HasSent;
    public MoveCause NextCause;
    public double Speed;
    public long LastSendAt;
    public long SettleUntil;
    public long MotorBusyUntil;

    /// <summary>An echo of an older send arrived: no move before this time (the newest echo may follow).</summary>
    public long EchoHoldUntil;
    public double TravelLo;
    public double TravelHi;

    /// <summary>Held through a bank switch: not retargeted, hand moves dropped, until released.</summary>
    public bool BankHeld;

    /// <summary>The cause the next model value arrives with (bank change or resync), or none.</summary>
    public MoveCause Arrival;

    public readonly bool Touched => Touch.Touched;

    /// <summary>A hand is or may be on the knob (including a sensor touch still being debounced).</summary>
    public readonly bool HandOn => Touch.MaybeHeld || BankHeld;

    public static FaderState Create() => new()
    {
        Position = double.NaN,
        Goal = double.NaN,
        Shown = double.NaN,
    };
}

namespace ControlSurface.Core.Feedback;

/// <summary>Times, tolerances and budgets of the feedback stage for one surface (one device and its link).</summary>
/// <remarks>
/// Positions and tolerances are model units (0..1 of fader travel) unless named in LSB (raw ADC steps of
/// <see cref="DeviceCalibration.FullScale"/>). Speeds are full fader travels per second. Defaults suit a
/// 10-bit motor fader on a firmware link; a Mackie surface on DIN MIDI wants a byte budget
/// (<see cref="LinkBytesPerSecond"/> about 2,500).
/// </remarks>
public sealed record FeedbackOptions
{
    /// <summary>How long the touch sensor must report a touch before it counts (rides out mains hum). Default 20 ms.</summary>
    public TimeSpan TouchDebounce { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Movement fallback: a moved fader counts as touched until it has been still this long. Default 250 ms.</summary>
    public TimeSpan StillTimeout { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>After release, how long to wait for the DAW's answer before driving the fader. Default 150 ms.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>How long after a hand move a matching value from a target counts as its echo. Default 300 ms.</summary>
    public TimeSpan EchoWindow { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How far an echo may be from the value sent and still count as the echo (absorbs off-by-one rounding). Default 3/1023.</summary>
    public double EchoTolerance { get; init; } = 3.0 / 1023;

    /// <summary>Motor targets per second per fader at most; its inverse is the coalescing window. Default 100.</summary>
    public double TargetsPerSecond { get; init; } = 100;

    /// <summary>Bytes per second for the whole link (motor targets and indicators); 0 means unlimited. Default 0.</summary>
    public int LinkBytesPerSecond { get; init; }

    /// <summary>Bytes one motor target costs on the link (3 for a pitch bend). Default 3.</summary>
    public int BytesPerFaderTarget { get; init; } = 3;

    /// <summary>Bytes one LED, ring or meter update costs on the link. Default 3.</summary>
    public int BytesPerIndicator { get; init; } = 3;

    /// <summary>Bytes a text update costs on top of its characters (SysEx header and end). Default 8.</summary>
    public int BytesPerTextOverhead { get; init; } = 8;

    /// <summary>Motor speed limit for target updates, in full travels per second. Default 4 (a full throw in 250 ms).</summary>
    public double MotorSpeed { get; init; } = 4;

    /// <summary>Gentle speed for start-up sync and bank changes, in full travels per second. Default 1.5.</summary>
    public double GlideSpeed { get; init; } = 1.5;

    /// <summary>After the last target, how long readings near the motor's path are its own travel, not a hand. Default 150 ms.</summary>
    public TimeSpan MotorSettleTime { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>How far from the motor's path a reading may be and still count as the motor's travel. Default 0.02.</summary>
    public double MotorFollowTolerance { get; init; } = 0.02;

    /// <summary>ADC noise amplitude to ignore, in LSB (±). Default 3.</summary>
    public int JitterNoiseLsb { get; init; } = 3;

    /// <summary>After this long without an accepted move, a fader is at rest and needs the full deadband to move again. Default 60 ms.</summary>
    public TimeSpan JitterRestTime { get; init; } = TimeSpan.FromMilliseconds(60);

    /// <summary>How touch is detected; null picks from the layout (sensor when it has one, movement otherwise).</summary>
    public TouchMode? TouchMode { get; init; }

    /// <summary>Takeover mode for faders without motors (change per control on the stage). Default <see cref="PickupMode.Pickup"/>.</summary>
    public PickupMode PickupMode { get; init; } = PickupMode.Pickup;

    /// <summary>Takeover mode per fader (index = fader); faders beyond the list use <see cref="PickupMode"/>. Default empty.</summary>
    public IReadOnlyList<PickupMode> PickupModes { get; init; } = [];

    /// <summary>"Close enough" for <see cref="PickupMode.PickupTolerant"/> and <see cref="PickupMode.Scale"/>. Default 0.02.</summary>
    public double PickupTolerance { get; init; } = 0.02;

    /// <summary>How the pickup direction is shown. Default none.</summary>
    public PickupHintStyle PickupHint { get; init; } = PickupHintStyle.None;

    /// <summary>First LED index of the pickup hint LEDs (<see cref="PickupHintStyle.Leds"/>).</summary>
    public int PickupHintLedBase { get; init; }

    /// <summary>Display line for the pickup hint arrow (<see cref="PickupHintStyle.Text"/>).</summary>
    public int PickupHintTextLine { get; init; } = 1;

    /// <summary>Entries kept per fader in the "why did it move" log. Default 16.</summary>
    public int CauseHistory { get; init; } = 16;

    /// <summary>The coalescing window: the shortest time between two targets for one fader.</summary>
    public TimeSpan CoalescingWindow => TimeSpan.FromSeconds(1 / TargetsPerSecond);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(TouchDebounce.Ticks, nameof(TouchDebounce));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(StillTimeout.Ticks, nameof(StillTimeout));
        ArgumentOutOfRangeException.ThrowIfNegative(SettleTime.Ticks, nameof(SettleTime));
        ArgumentOutOfRangeException.ThrowIfNegative(EchoWindow.Ticks, nameof(EchoWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(EchoTolerance, nameof(EchoTolerance));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TargetsPerSecond, nameof(TargetsPerSecond));
        ArgumentOutOfRangeException.ThrowIfNegative(LinkBytesPerSecond, nameof(LinkBytesPerSecond));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BytesPerFaderTarget, nameof(BytesPerFaderTarget));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BytesPerIndicator, nameof(BytesPerIndicator));
        ArgumentOutOfRangeException.ThrowIfNegative(BytesPerTextOverhead, nameof(BytesPerTextOverhead));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MotorSpeed, nameof(MotorSpeed));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(GlideSpeed, nameof(GlideSpeed));
        ArgumentOutOfRangeException.ThrowIfNegative(MotorSettleTime.Ticks, nameof(MotorSettleTime));
        ArgumentOutOfRangeException.ThrowIfNegative(MotorFollowTolerance, nameof(MotorFollowTolerance));
        ArgumentOutOfRangeException.ThrowIfNegative(JitterNoiseLsb, nameof(JitterNoiseLsb));
        ArgumentOutOfRangeException.ThrowIfNegative(JitterRestTime.Ticks, nameof(JitterRestTime));
        ArgumentOutOfRangeException.ThrowIfNegative(PickupTolerance, nameof(PickupTolerance));
        ArgumentOutOfRangeException.ThrowIfNegative(PickupHintLedBase, nameof(PickupHintLedBase));
        ArgumentOutOfRangeException.ThrowIfNegative(PickupHintTextLine, nameof(PickupHintTextLine));
        ArgumentOutOfRangeException.ThrowIfLessThan(CauseHistory, 1, nameof(CauseHistory));
    }
}

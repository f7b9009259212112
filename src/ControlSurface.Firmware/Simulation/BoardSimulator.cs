using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Simulation;

/// <summary>A controller board in the device role: motor faders with physics, pads, buttons, encoders, LEDs and displays, speaking the firmware protocol.</summary>
/// <remarks>
/// Bytes from the host go into <see cref="Receive"/>; <see cref="Step"/> advances the 1 kHz control loop; frames
/// for the host collect until <see cref="DrainOutput"/>. A simulated hand (<see cref="Touch"/>, <see cref="Move"/>,
/// <see cref="Release"/>) and the pad/button/encoder methods play the board. Every member is thread-safe.
/// Time for heartbeats and timeouts comes from the <see cref="TimeProvider"/>; physics advances only in <see cref="Step"/>.
/// </remarks>
public sealed class BoardSimulator
{
    private const double LoopPeriod = 0.001;
    private const double RefreshPeriod = 0.250;
    private const double HandSpeed = 5;
    // A knob slower than this (travel/s) with its target this close (travel, a few ADC steps) is at rest.
    private const double MovingSpeed = 0.01;
    private const double MovingGap = 0.005;

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly FaderState[] _faders;
    private readonly double[] _filteredRaw;
    private readonly int[] _reportedRaw;
    private readonly bool[] _reportedTouch;
    private readonly double[] _reportedAt;
    private readonly HashSet<int>[] _everReported;
    private readonly BoardConfig _config;
    private readonly int[] _padPressure;
    private readonly bool[] _buttons;
    private readonly BoardIndicators _indicators;
    private readonly DeviceEventQueue _events = new();
    private readonly DeviceLink _link;
    private readonly Random _noise;
    private double _carry;

    /// <summary>Creates a board at rest: faders at the bottom, motors enabled, nothing lit.</summary>
    public BoardSimulator(SimulatorOptions options, TimeProvider time)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _start = time.GetTimestamp();
        Capabilities = new DeviceCapabilities(
            (byte)options.Faders, (byte)options.FaderBits, Motorized: true, TouchSensing: true,
            (byte)options.Pads, (byte)options.PadBits, PadVelocity: true, PadPressure: true,
            (byte)options.Buttons, (byte)options.Encoders, (ushort)options.Buttons, RgbLeds: true,
            (byte)options.Faders, (byte)options.DisplayLines, (byte)options.DisplayCharacters, (byte)options.Faders);
        if (!Capabilities.IsValid)
            throw new ArgumentException("the simulated board exceeds the protocol's limits", nameof(options));
        _faders = new FaderState[options.Faders];
        for (var i = 0; i < _faders.Length; i++)
            _faders[i] = new FaderState { MotorEnabled = true, IgnoreTouch = options.IgnoreTouch };
        _filteredRaw = new double[options.Faders];
        _reportedRaw = new int[options.Faders];
        _reportedTouch = new bool[options.Faders];
        _reportedAt = new double[options.Faders];
        _everReported = new HashSet<int>[options.Faders];
        for (var i = 0; i < _everReported.Length; i++)
            _everReported[i] = [];
        _config = new BoardConfig(options);
        for (var i = 0; i < _filteredRaw.Length; i++)
            _filteredRaw[i] = _config.RawMin[i];
        _padPressure = new int[options.Pads];
        _buttons = new bool[options.Buttons];
        _indicators = new BoardIndicators(options.Buttons, options.Faders, options.DisplayLines, options.DisplayCharacters, options.Faders, options.Encoders);
        _noise = new Random(options.Seed);
        _link = new DeviceLink(this);
    }

    /// <summary>What the board was made with.</summary>
    public SimulatorOptions Options { get; }

    /// <summary>What the board announces in HELLO.</summary>
    public DeviceCapabilities Capabilities { get; }

    /// <summary>Protocol counters of the device side.</summary>
    public DeviceCounters Counters => _link.Counters;

    /// <summary>True between a WELCOME and the next heartbeat timeout.</summary>
    public bool InSession { get { lock (_gate) return _link.InSession; } }

    /// <summary>Events lost because the device queue overflowed.</summary>
    public long EventsDropped { get { lock (_gate) return _events.Dropped; } }

    /// <summary>Times pending events were retransmitted.</summary>
    public long EventRetransmissions { get { lock (_gate) return _events.Retransmissions; } }

    /// <summary>Seconds since the board started, on its clock.</summary>
    internal double Now => _time.GetElapsedTime(_start).TotalSeconds;

    internal Lock Gate => _gate;

    internal DeviceEventQueue Events => _events;

    internal BoardConfig Config => _config;

    internal BoardIndicators Indicators => _indicators;

    internal FaderState[] FaderStates => _faders;

    // ---- inspection ----

    /// <summary>Knob position, 0..1 of travel.</summary>
    public double FaderPosition(int fader) { lock (_gate) return _faders[fader].Position; }

    /// <summary>The motor's current target, 0..1 of travel.</summary>
    public double FaderTarget(int fader) { lock (_gate) return _faders[fader].Target; }

    /// <summary>What the touch sensor reports.</summary>
    public bool FaderTouched(int fader) { lock (_gate) return _faders[fader].Touched; }

    /// <summary>True when the motor is enabled.</summary>
    public bool MotorEnabled(int fader) { lock (_gate) return _faders[fader].MotorEnabled; }

    /// <summary>True while the motor is carrying the knob (still travelling, or its target is not reached); false while a hand holds it.</summary>
    /// <remarks>A hand that waits for this before grabbing never meets a motor in motion (the sensor needs a moment to notice a finger).</remarks>
    public bool FaderMoving(int fader)
    {
        lock (_gate)
        {
            ref var f = ref _faders[fader];
            return !f.Held && f.MotorEnabled && (Math.Abs(f.Velocity) > MovingSpeed || Math.Abs(f.Target - f.Position) > MovingGap);
        }
    }

    /// <summary>True when the firmware's position loop has come to rest on its target and drives nothing.</summary>
    public bool MotorResting(int fader) { lock (_gate) return _faders[fader].Resting; }

    /// <summary>Time the motor of <paramref name="fader"/> has driven while a hand held the knob.</summary>
    public TimeSpan PushWhileHeld(int fader) { lock (_gate) return TimeSpan.FromSeconds(_faders[fader].PushWhileHeld); }

    /// <summary>Every raw position the board has reported for <paramref name="fader"/> (tests check the host invents nothing).</summary>
    public IReadOnlySet<int> ReportedRaw(int fader) { lock (_gate) return new HashSet<int>(_everReported[fader]); }

    /// <summary>The calibration (raw min, raw max) of a fader.</summary>
    public (int Min, int Max) Calibration(int fader) { lock (_gate) return (_config.RawMin[fader], _config.RawMax[fader]); }

    /// <summary>An LED as the host last set it.</summary>
    public LedState Led(int led) { lock (_gate) return _indicators.Led(led); }

    /// <summary>A display line as the host last wrote it.</summary>
    public string Text(int strip, int line) { lock (_gate) return _indicators.Text(strip, line); }

    /// <summary>A meter level as the host last set it.</summary>
    public ushort Meter(int meter) { lock (_gate) return _indicators.Meter(meter); }

    /// <summary>An encoder ring as the host last set it.</summary>
    public ushort Ring(int encoder) { lock (_gate) return _indicators.Ring(encoder); }

    // ---- the hand ----

    /// <summary>Puts a finger on a fader knob (it stays where it is).</summary>
    public void Touch(int fader)
    {
        lock (_gate)
        {
            ref var f = ref _faders[fader];
            if (f.Held)
                return;
            f.Held = true;
            f.HandPosition = f.HandGoal = f.Position;
        }
    }

    /// <summary>Moves a fader by hand toward <paramref name="position"/> (0..1) at <paramref name="speed"/> travel/s; grabs it first if needed.</summary>
    public void Move(int fader, double position, double speed = HandSpeed)
    {
        lock (_gate)
        {
            Touch(fader);
            _faders[fader].HandGoal = Math.Clamp(position, 0, 1);
            _faders[fader].HandSpeed = speed;
        }
    }

    /// <summary>Lets go of a fader.</summary>
    public void Release(int fader) { lock (_gate) _faders[fader].Held = false; }

    /// <summary>Strikes a pad; <paramref name="velocity"/> 0..1.</summary>
    public void HitPad(int pad, double velocity)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)pad, (uint)_padPressure.Length, nameof(pad));
        var full = Capabilities.PadFullScale;
        lock (_gate)
            _link.Enqueue(EventKind.PadHit, (byte)pad, (short)Math.Clamp((int)Math.Round(velocity * full), 1, full));
    }

    /// <summary>Sets how hard a held pad is pressed, 0..1 (0 = let go).</summary>
    public void PressPad(int pad, double pressure)
    {
        lock (_gate)
        {
            _padPressure[pad] = (int)Math.Round(Math.Clamp(pressure, 0, 1) * Capabilities.PadFullScale);
            _link.SendPadPressure(pad, _padPressure[pad]);
        }
    }

    /// <summary>Pushes a button down.</summary>
    public void PressButton(int button) => SetButton(button, true);

    /// <summary>Lets a button up.</summary>
    public void ReleaseButton(int button) => SetButton(button, false);

    /// <summary>Presses and releases a button.</summary>
    public void Click(int button)
    {
        PressButton(button);
        ReleaseButton(button);
    }

    /// <summary>Turns an encoder by signed steps (clockwise positive).</summary>
    public void Turn(int encoder, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)encoder, (uint)Options.Encoders, nameof(encoder));
        lock (_gate)
            _link.Enqueue(EventKind.Encoder, (byte)encoder, (short)Math.Clamp(steps, short.MinValue, short.MaxValue));
    }

    private void SetButton(int button, bool down)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)button, (uint)_buttons.Length, nameof(button));
        lock (_gate)
        {
            if (_buttons[button] == down)
                return;
            _buttons[button] = down;
            _link.Enqueue(down ? EventKind.ButtonDown : EventKind.ButtonUp, (byte)button, 0);
        }
    }

    // ---- protocol and loop ----

    /// <summary>Feeds bytes that arrived from the host.</summary>
    public void Receive(ReadOnlySpan<byte> bytes) { lock (_gate) _link.Receive(bytes); }

    /// <summary>Moves frames waiting for the host into <paramref name="destination"/>; returns the byte count.</summary>
    public int DrainOutput(Span<byte> destination) { lock (_gate) return _link.Drain(destination); }

    /// <summary>Advances the control loop by <paramref name="elapsed"/> in whole 1 ms periods (a remainder carries over; at most 50 per call), then reports.</summary>
    public void Step(TimeSpan elapsed)
    {
        lock (_gate)
        {
            _carry += Math.Max(0, elapsed.TotalSeconds);
            var periods = (int)Math.Floor((_carry / LoopPeriod) + 1e-9);
            _carry = Math.Max(0, _carry - (periods * LoopPeriod));
            periods = Math.Min(periods, 50);
            for (var n = 0; n < periods; n++)
            {
                for (var i = 0; i < _faders.Length; i++)
                    StepFader(i);
            }
            var now = Now;
            for (var i = 0; i < _faders.Length; i++)
                ReportFader(i, now, force: false);
            _link.Tick(now);
        }
    }

    /// <summary>Sends every fader's state, held pad pressures and held buttons (a dump). Caller holds the lock.</summary>
    internal void SendDump(double now)
    {
        for (var i = 0; i < _faders.Length; i++)
            ReportFader(i, now, force: true);
        for (var i = 0; i < _padPressure.Length; i++)
        {
            if (_padPressure[i] != 0)
                _link.SendPadPressure(i, _padPressure[i]);
        }
        var held = UInt128.Zero;
        for (var i = 0; i < _buttons.Length; i++)
        {
            if (_buttons[i])
                held |= UInt128.One << i;
        }
        _link.Send(new ButtonStates((byte)_buttons.Length, held));
    }

    private void StepFader(int i)
    {
        ref var f = ref _faders[i];
        var span = _config.RawMax[i] - _config.RawMin[i];
        // The control loop reads an oversampled ADC (a quarter of the noise); reports carry the full noise.
        var measured = f.Position + ((_noise.NextDouble() - 0.5) * Options.NoiseLsb * 0.5 / span);
        FaderPhysics.Step(ref f, Options.Physics, measured, LoopPeriod);
        var raw = _config.RawMin[i] + (f.Position * span) + ((_noise.NextDouble() * 2) - 1) * Options.NoiseLsb;
        _filteredRaw[i] += 0.25 * (raw - _filteredRaw[i]);
    }

    private void ReportFader(int i, double now, bool force)
    {
        var raw = Math.Clamp((int)Math.Round(_filteredRaw[i]), 0, Capabilities.FaderFullScale);
        var touched = _faders[i].Touched;
        var due = force || touched != _reportedTouch[i] || Math.Abs(raw - _reportedRaw[i]) >= 2 || now - _reportedAt[i] >= RefreshPeriod;
        if (!due || !_link.InSession)
            return;
        if (!force && touched == _reportedTouch[i] && Math.Abs(raw - _reportedRaw[i]) < 2)
            raw = _reportedRaw[i];
        _reportedRaw[i] = raw;
        _reportedTouch[i] = touched;
        _reportedAt[i] = now;
        _everReported[i].Add(raw);
        _link.Send(new FaderReport((byte)i, (ushort)raw, touched));
    }
}

using ControlSurface.Core.Surfaces;
using ControlSurface.Pi.Board;
using ControlSurface.Pi.Buses;
using ControlSurface.Pi.Inputs;

namespace ControlSurface.Pi;

/// <summary>A control surface wired to the Pi's own pins and buses: faders, motors, touch, buttons, encoders, LEDs, a text display.</summary>
/// <remarks>
/// <para>One poll thread (<see cref="RunAsync"/>, or <see cref="Poll"/> from a test) reads every input, posts
/// <see cref="ControlEvent"/>s and steps the motor loops. <see cref="Send"/> runs on the engine thread and only
/// stores the newest value per control (latest wins) for the next poll, so it never blocks on a bus.</para>
/// <para>Fader moves are not reported while that fader's motor is driving it: the engine asked for that position.
/// Bus errors (a loose I2C wire) are counted in <see cref="IoErrors"/> and the next poll tries again.</para>
/// <para>Motors on the Pi suit a few faders; for eight or more use a firmware board over USB/UART, which runs the
/// loop at kHz rates and drives the motors at ultrasonic PWM (the PCA9685 tops out near 1.5 kHz, which is audible).</para>
/// </remarks>
public sealed class PiSurface : ISurface, IDisposable
{
    private const int LedOff = 0, LedOn = 1, LedBlink = 2;
    private readonly PiHardware _hw;
    private readonly Action<ControlEvent> _post;
    private readonly TimeProvider _time;
    private readonly PiSurfaceOptions _options;
    private readonly FaderChannel?[] _faderByNumber;
    private readonly int[] _ledMode;
    private readonly int[] _ledColor;
    private readonly Action<ButtonChange> _onButton;
    private readonly Func<int, int> _pixelColor;
    private readonly long _debounceTicks;
    private readonly long _motorTimeoutTicks;
    private readonly long _blinkTicks;
    private int[] _currentLedAt = [];
    private bool _blinkOn;
    private long _polls;
    private long _ioErrors;

    private PiSurface(PiHardware hw, SurfaceLayout layout, Action<ControlEvent> post, TimeProvider time, PiSurfaceOptions options)
    {
        _hw = hw;
        _post = post;
        _time = time;
        _options = options;
        Layout = layout;
        _faderByNumber = new FaderChannel?[layout.Faders];
        foreach (var f in hw.Faders)
            _faderByNumber[f.Fader] = f;
        _ledMode = new int[hw.LedDefaultColor.Length];
        _ledColor = (int[])hw.LedDefaultColor.Clone();
        _onButton = OnButton;
        _pixelColor = PixelColor;
        _debounceTicks = Ticks(options.Debounce);
        _motorTimeoutTicks = Ticks(options.Motor.Timeout);
        _blinkTicks = Math.Max(1, Ticks(options.BlinkPeriod) / 2);
    }

    /// <summary>Opens every chip in <paramref name="board"/> on <paramref name="buses"/> and returns the surface.</summary>
    /// <param name="board">A validated board (see <see cref="BoardReader"/>).</param>
    /// <param name="buses">The Pi's buses; the caller keeps ownership.</param>
    /// <param name="post">Where control events go (the engine's queue); called on the poll thread.</param>
    /// <param name="time">The clock for debounce, blink and motor timeouts.</param>
    /// <param name="options">Non-wiring settings; <see cref="PiSurfaceOptions.Default"/> when null.</param>
    public static PiSurface Open(BoardDescription board, IPiBuses buses, Action<ControlEvent> post, TimeProvider time, PiSurfaceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(buses);
        options ??= PiSurfaceOptions.Default;
        var hw = PiHardwareBuilder.Open(board, buses, options);
        return new PiSurface(hw, LayoutOf(board), post, time, options);
    }

    /// <inheritdoc/>
    public string Name => _options.Name;

    /// <inheritdoc/>
    public string Kind => "pi";

    /// <inheritdoc/>
    public SurfaceLayout Layout { get; }

    /// <summary>Polls done so far; a watchdog can check that it keeps rising.</summary>
    public long Polls => Interlocked.Read(ref _polls);

    /// <summary>Polls that failed on a bus error.</summary>
    public long IoErrors => Interlocked.Read(ref _ioErrors);

    /// <summary>The last bus error's message, or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>Motor targets given up because a fader did not reach them in time (blocked or broken motor).</summary>
    public long MotorStalls => _hw.Faders.Sum(f => f.Motor?.Stalls ?? 0);

    /// <inheritdoc/>
    public void Send(in FeedbackCommand command)
    {
        switch (command.Kind)
        {
            case FeedbackKind.FaderTarget when Fader(command.Control) is { Motor: not null } f:
                f.PostTarget(command.Value);
                break;
            case FeedbackKind.MotorEnable when Fader(command.Control) is { Motor: { } m }:
                m.Enabled = command.Value >= 0.5;
                break;
            case FeedbackKind.Led when (uint)command.Control < (uint)_ledMode.Length:
                if (command.Color != 0)
                    Volatile.Write(ref _ledColor[command.Control], command.Color & 0xFFFFFF);
                Volatile.Write(ref _ledMode[command.Control], command.Value >= 0.75 ? LedOn : command.Value >= 0.25 ? LedBlink : LedOff);
                break;
            case FeedbackKind.Text when command.Text is not null:
                _hw.Display?.Set(command.Control, command.Color, command.Text);
                break;
        }
    }

    /// <summary>Polls every <see cref="PiSurfaceOptions.PollInterval"/> until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(_options.PollInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation).ConfigureAwait(false))
                TryPoll();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
    }

    /// <summary>One poll, counting a bus error instead of throwing; false when it failed.</summary>
    public bool TryPoll()
    {
        try
        {
            Poll();
            return true;
        }
        catch (Exception e) when (e is IOException or TimeoutException or InvalidOperationException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _ioErrors);
            LastError = e.Message;
            return false;
        }
    }

    /// <summary>One poll: touch, faders and motors, buttons, encoders, then LEDs and one display slot.</summary>
    public void Poll()
    {
        var now = _time.GetTimestamp();
        foreach (var (bank, roles) in _hw.Touch)
            ReadTouch(bank, roles);
        foreach (var f in _hw.Faders)
            StepFader(f, now);
        _hw.PinButtons?.Poll(now, _debounceTicks, _onButton);
        foreach (var x in _hw.Expanders)
            x.Poll(now, _debounceTicks, _onButton);
        foreach (var e in _hw.Encoders)
        {
            var steps = e.TakeSteps();
            if (steps != 0)
                Post(ControlEventKind.EncoderTurned, e.Encoder, steps);
        }
        _blinkOn = now / _blinkTicks % 2 == 0;
        foreach (var (chain, ledAt) in _hw.LedChains)
        {
            _currentLedAt = ledAt;
            chain.Show(_pixelColor);
        }
        _hw.Display?.Flush();
        Interlocked.Increment(ref _polls);
    }

    /// <summary>Stops the motors and releases every chip.</summary>
    public void Dispose() => _hw.Dispose();

    private void ReadTouch(TouchBank bank, TouchRole[] roles)
    {
        var changed = bank.Read();
        for (var e = 0; changed != 0; e++, changed >>= 1)
        {
            if ((changed & 1) == 0)
                continue;
            var down = (bank.Touched & (1 << e)) != 0;
            var role = roles[e];
            if (role.Fader >= 0 && Fader(role.Fader) is { } f)
            {
                f.Touched = down;
                Post(down ? ControlEventKind.FaderTouched : ControlEventKind.FaderReleased, role.Fader, down ? 1 : 0);
            }
            else if (role.Pad >= 0)
            {
                // Capacitive pads have no velocity: a hit is full scale, a release is pressure 0.
                Post(down ? ControlEventKind.PadHit : ControlEventKind.PadPressure, role.Pad, down ? 1 : 0);
            }
        }
    }

    private void StepFader(FaderChannel f, long now)
    {
        f.Input.Sample();
        if (f.Motor is { } motor)
        {
            var target = f.TakeTarget();
            if (!double.IsNaN(target) && !f.Touched)
                motor.SetTarget(target);
            if (motor.Step(f.Input.Position, f.Touched, now, _motorTimeoutTicks))
                f.Input.Absorb();
            if (motor.Moving)
                return;
        }
        if (f.Input.TakeMove(out var position))
            Post(ControlEventKind.FaderMoved, f.Fader, position);
    }

    private void OnButton(ButtonChange change) =>
        Post(change.Pressed ? ControlEventKind.ButtonDown : ControlEventKind.ButtonUp, change.Button, change.Pressed ? 1 : 0);

    private int PixelColor(int pixel)
    {
        var led = _currentLedAt[pixel];
        if (led < 0)
            return 0;
        var mode = Volatile.Read(ref _ledMode[led]);
        return mode == LedOn || (mode == LedBlink && _blinkOn) ? Volatile.Read(ref _ledColor[led]) : 0;
    }

    private void Post(ControlEventKind kind, int control, double value) =>
        _post(new ControlEvent(_options.SurfaceIndex, kind, control, value));

    private FaderChannel? Fader(int number) => (uint)number < (uint)_faderByNumber.Length ? _faderByNumber[number] : null;

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _time.TimestampFrequency);

    private static SurfaceLayout LayoutOf(BoardDescription board)
    {
        static int Count<T>(IReadOnlyList<T> items, Func<T, int> number) => items.Count == 0 ? 0 : items.Max(number) + 1;
        var lcd = board.Display is { } d ? board.Chip(d.Chip) : null;
        return new SurfaceLayout(
            Count(board.Faders, f => f.Fader),
            board.Faders.Any(f => f.Motor is not null),
            board.Faders.Any(f => f.Touch is not null),
            Count(board.Pads, p => p.Pad),
            Count(board.Buttons, b => b.Button),
            Count(board.Encoders, e => e.Encoder),
            lcd?.Rows ?? 0,
            lcd is null ? 0 : lcd.Columns / board.Display!.Strips);
    }
}

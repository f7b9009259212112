using ControlSurface.Core.Model;
using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Mackie;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.MackieHost;

/// <summary>A Mackie-protocol control surface (MCU, X-Touch and their extenders) driven by the bridge as its host.</summary>
/// <remarks>
/// <para>Host role: the unit is our input device. Pitch bends become <see cref="ControlEventKind.FaderMoved"/>,
/// touch notes (0x68-0x70) touches, other notes buttons numbered by note (see <see cref="MackieSurfaceMapping"/>),
/// V-Pots encoders 0-7 and the jog wheel encoder 8. Feedback commands (through the engine's feedback stage)
/// become motor moves, LEDs, rings, meters, names and values on the scribble strips and strip colours.</para>
/// <para>Handshake: while the unit has not answered, a device query goes out every
/// <see cref="MackieSurfaceOptions.QueryInterval"/>. Its host connection query (SysEx 01), an answered
/// Logic Control challenge (03), any other message, or enough unanswered queries make it online, and the
/// whole state is pushed, as it is again whenever the unit says hello later (it was power-cycled) or its
/// port comes back. MCU defines no keep-alive and no state query, so the host keeps a shadow of everything.</para>
/// <para>Threads: <see cref="Send"/> and the display methods run on the engine thread, <see cref="RunAsync"/>
/// on a reader task, <see cref="Tick"/> on a timer; one lock serialises them (held only to encode and
/// queue a few bytes). Nothing allocates per message except a changed name.</para>
/// </remarks>
public sealed class MackieSurface : ISurface, IAsyncDisposable
{
    private static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(50);
    private readonly IMidiPort _port;
    private readonly Action<ControlEvent> _post;
    private readonly TimeProvider _time;
    private readonly McuShadow _shadow;
    private readonly ScribbleStrips _strips;
    private readonly MidiStreamParser _parser = new();
    private readonly Lock _gate = new();
    private readonly McuHandshake _handshake;
    private ITimer? _timer;
    private long _nextMeterRefresh;
    private long _hellos;
    private long _pushes;
    private long _streamErrors;
    private long _ignored;

    /// <summary>Creates the surface; nothing is sent until <see cref="Start"/>.</summary>
    /// <param name="name">A name the user recognises, e.g. "X-Touch".</param>
    /// <param name="port">The unit's MIDI port pair (JACK, rawmidi, serial, loopback).</param>
    /// <param name="post">Where control events go (the engine's queue); called on the reading task.</param>
    /// <param name="time">The clock for the handshake, the value display and meter refresh.</param>
    /// <param name="options">The kind of unit; <see cref="MackieSurfaceOptions.Mcu"/> when null.</param>
    public MackieSurface(string name, IMidiPort port, Action<ControlEvent> post, TimeProvider time, MackieSurfaceOptions? options = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        _port = port ?? throw new ArgumentNullException(nameof(port));
        _post = post ?? throw new ArgumentNullException(nameof(post));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Options = options ?? MackieSurfaceOptions.Mcu;
        _shadow = new McuShadow(port, Options.Model);
        _strips = new ScribbleStrips(_shadow, Options.NameWidth, Options.ValueHold);
        _handshake = new McuHandshake(Options);
        var faders = Options.IsMainUnit ? 9 : MackieProtocol.StripsPerUnit;
        Layout = new SurfaceLayout(faders, MotorizedFaders: true, TouchSensing: true, Pads: 0, Buttons: 128,
            Encoders: MackieSurfaceMapping.JogWheel + 1, DisplayLines: 2, DisplayCharacters: Options.NameWidth);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Kind => "mackie";

    /// <inheritdoc />
    public SurfaceLayout Layout { get; }

    /// <summary>The kind of unit.</summary>
    public MackieSurfaceOptions Options { get; }

    /// <summary>The engine's number for this surface, stamped on its events; set it after registering.</summary>
    public int SurfaceIndex { get; set; }

    /// <summary>True once the unit has answered (or was taken as present), until its port goes down.</summary>
    public bool IsOnline
    {
        get
        {
            lock (_gate)
                return _handshake.Online;
        }
    }

    /// <summary>Host connection queries (hellos) received from the unit.</summary>
    public long Hellos => Interlocked.Read(ref _hellos);

    /// <summary>Full state pushes so far (one per (re)connect).</summary>
    public long StatePushes => Interlocked.Read(ref _pushes);

    /// <summary>The text on LCD line 0 (names) or 1 (values) as the unit shows it, 56 characters.</summary>
    public string LcdLine(int line)
    {
        lock (_gate)
            return _shadow.LcdLine(line);
    }

    /// <summary>The fader position last sent to (or reported by) fader <paramref name="fader"/>, 0..16383, or -1.</summary>
    public int FaderValue(int fader)
    {
        lock (_gate)
            return _shadow.Fader(fader);
    }

    /// <summary>Sends the first device query and starts the handshake, value and meter timer.</summary>
    public void Start()
    {
        lock (_gate)
            _handshake.Restart();
        Tick();
        _timer ??= _time.CreateTimer(static s => ((MackieSurface)s!).Tick(), this, TickPeriod, TickPeriod);
    }

    /// <summary>Runs the timed work now: handshake, value lines back to rest, meter refresh. The timer calls it every 50 ms.</summary>
    public void Tick()
    {
        var now = _time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            switch (_handshake.Tick(now, _port.IsConnected))
            {
                case McuHandshake.Step.Query:
                    _shadow.SendDeviceQuery();
                    break;
                case McuHandshake.Step.AssumeOnline:
                    GoOnline();
                    break;
            }
            _strips.Update(now);
            if (now >= _nextMeterRefresh)
            {
                _nextMeterRefresh = now + Options.MeterRefresh.Ticks;
                _shadow.RefreshMeters();
            }
        }
    }

    /// <inheritdoc />
    public void Send(in FeedbackCommand command)
    {
        lock (_gate)
        {
            var c = command.Control;
            switch (command.Kind)
            {
                case FeedbackKind.FaderTarget when (uint)c < (uint)Layout.Faders:
                    _shadow.SetFader(c, MackieEncoder.FaderValue(command.Value));
                    break;
                case FeedbackKind.Led when (uint)c < 128u:
                    _shadow.SetLed(c, command.Value >= 0.75 ? (byte)0x7F : command.Value > 0.25 ? (byte)0x01 : (byte)0);
                    break;
                case FeedbackKind.Ring when (uint)c < MackieProtocol.StripsPerUnit:
                    _shadow.SetRing(c, RingValue(command.Value));
                    break;
                case FeedbackKind.Meter when (uint)c < MackieProtocol.StripsPerUnit:
                    _shadow.SetMeter(c, (int)Math.Round(Math.Clamp(command.Value, 0, 1) * MackieProtocol.MeterFullScale));
                    break;
                case FeedbackKind.Text when (uint)c < MackieProtocol.StripsPerUnit && command.Text is { } text:
                    if (command.Color == 0)
                        _strips.SetName(c, text);
                    else if (command.Color == 1)
                        _strips.SetRest(c, text);
                    else
                        _ignored++;
                    break;
                case FeedbackKind.StripColor when Options.ColorStrips && (uint)c < MackieProtocol.StripsPerUnit:
                    _shadow.SetColor(c, StripColors.Nearest((int)command.Value));
                    break;
                default:
                    _ignored++;
                    break;
            }
        }
    }

    /// <summary>Shows a time code on the 10-digit display as " HH.MM.SS. FF" (main units only).</summary>
    public void ShowTimecode(in Timecode timecode)
    {
        Span<char> text = stackalloc char[SevenSegment.TimecodeTextLength];
        ShowTimecodeText(text[..SevenSegment.FormatTimecode(timecode, text)]);
    }

    /// <summary>Shows up to 10 characters on the time code display, left-aligned; '.' lights the dot of the character before it.</summary>
    public void ShowTimecodeText(ReadOnlySpan<char> text)
    {
        if (!Options.IsMainUnit)
            return;
        Span<byte> codes = stackalloc byte[10];
        codes.Fill((byte)' ');
        SevenSegment.Encode(text, codes);
        lock (_gate)
        {
            _shadow.SetLed(0x71, 0x7F); // SMPTE LED beside the display
            for (var i = 0; i < codes.Length; i++)
                _shadow.SetDigit(codes.Length - 1 - i, codes[i]);
        }
    }

    /// <summary>Shows what a DAW shows on its own displays (mirrored into the model by a Mackie Control target): the time
    /// digits with their dots and the SMPTE/BEATS lamps, and the assignment digits once the DAW wrote them (main units only).</summary>
    /// <remarks>Reads the digits without allocating; only changed digits and lamps go out (the shadow diffs).</remarks>
    public void ShowTransportDisplay(TransportDisplay display)
    {
        ArgumentNullException.ThrowIfNull(display);
        if (!Options.IsMainUnit)
            return;
        lock (_gate)
        {
            _shadow.SetLed(0x71, display.Mode == TimeDisplayMode.Timecode ? (byte)0x7F : (byte)0);
            _shadow.SetLed(0x72, display.Mode == TimeDisplayMode.BarsBeats ? (byte)0x7F : (byte)0);
            for (var i = 0; i < TransportDisplay.TimeDigits; i++)
                _shadow.SetDigit(TransportDisplay.TimeDigits - 1 - i, DigitCode(display.TimeDigit(i)));
            if (!display.HasAssignment)
                return;
            _shadow.SetDigit(11, DigitCode(display.AssignmentDigit(0)));
            _shadow.SetDigit(10, DigitCode(display.AssignmentDigit(1)));
        }
    }

    private static byte DigitCode(int value) =>
        (byte)(SevenSegment.Code((char)(value & 0xFF)) | ((value & TransportDisplay.DotFlag) != 0 ? SevenSegment.Dot : 0));

    /// <summary>Shows two characters on the assignment display (right-aligned).</summary>
    public void ShowAssignment(ReadOnlySpan<char> text)
    {
        if (!Options.IsMainUnit)
            return;
        Span<byte> codes = stackalloc byte[2];
        codes.Fill((byte)' ');
        Span<byte> encoded = stackalloc byte[2];
        var n = SevenSegment.Encode(text, encoded);
        encoded[..n].CopyTo(codes[(2 - n)..]);
        lock (_gate)
        {
            _shadow.SetDigit(11, codes[0]);
            _shadow.SetDigit(10, codes[1]);
        }
    }

    /// <summary>The status counters as a JSON object, port counters included.</summary>
    public string CountersJson()
    {
        lock (_gate)
        {
            return $"{{\"online\":{(_handshake.Online ? "true" : "false")},\"hellos\":{Hellos},\"statePushes\":{StatePushes},\"queries\":{_handshake.Queries},"
                + $"\"messagesOut\":{_shadow.Messages},\"streamErrors\":{Interlocked.Read(ref _streamErrors)},\"feedbackIgnored\":{_ignored},\"port\":{_port.Counters.ToJson()}}}";
        }
    }

    /// <summary>Reads the port until cancelled, posting control events.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var buffer = new byte[1024];
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                var n = await _port.ReceiveAsync(buffer, cancellation).ConfigureAwait(false);
                Receive(buffer.AsSpan(0, n));
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopping is the normal way out.
        }
    }

    /// <summary>Feeds bytes as if read from the port (the reader task, tests, replays).</summary>
    public void Receive(ReadOnlySpan<byte> bytes)
    {
        var sink = new Reader(this);
        _parser.Parse(bytes, ref sink);
    }

    /// <summary>Stops the timer (the port belongs to the caller).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
            await _timer.DisposeAsync().ConfigureAwait(false);
        _timer = null;
    }

    private void OnMessage(in MidiMessage message)
    {
        var m = MackieDecoder.Decode(message);
        var surface = SurfaceIndex;
        switch (m.Kind)
        {
            case MackieMessageKind.Fader when m.Index < Layout.Faders:
                lock (_gate)
                {
                    Alive();
                    _shadow.NoteFader(m.Index, m.Value);
                    if (m.Index < MackieProtocol.StripsPerUnit)
                        _strips.ShowValue(m.Index, m.Value / 16383.0, _time.GetUtcNow().UtcTicks);
                }
                _post(new ControlEvent(surface, ControlEventKind.FaderMoved, m.Index, m.Value / 16383.0));
                break;
            case MackieMessageKind.Note when m.Index is >= MackieProtocol.TouchBase and <= MackieProtocol.TouchMaster:
                var fader = m.Index - MackieProtocol.TouchBase;
                var touched = m.Value > 0x40;
                lock (_gate)
                {
                    Alive();
                    var position = _shadow.Fader(fader);
                    if (touched && fader < MackieProtocol.StripsPerUnit && position >= 0)
                        _strips.ShowValue(fader, position / 16383.0, _time.GetUtcNow().UtcTicks);
                }
                if (fader < Layout.Faders)
                    _post(new ControlEvent(surface, touched ? ControlEventKind.FaderTouched : ControlEventKind.FaderReleased, fader, touched ? 1 : 0));
                break;
            case MackieMessageKind.Note:
                lock (_gate)
                    Alive();
                var down = m.Value > 0x40;
                _post(new ControlEvent(surface, down ? ControlEventKind.ButtonDown : ControlEventKind.ButtonUp, m.Index, down ? 1 : 0));
                break;
            case MackieMessageKind.VPot:
                lock (_gate)
                    Alive();
                _post(new ControlEvent(surface, ControlEventKind.EncoderTurned, m.Index, m.Value));
                break;
            case MackieMessageKind.Jog:
                lock (_gate)
                    Alive();
                _post(new ControlEvent(surface, ControlEventKind.EncoderTurned, MackieSurfaceMapping.JogWheel, m.Value));
                break;
        }
    }

    private void OnSysEx(ReadOnlySpan<byte> body)
    {
        var m = MackieDecoder.DecodeSysEx(body);
        lock (_gate)
        {
            if (m.Kind == MackieMessageKind.HostConnectionQuery)
            {
                Interlocked.Increment(ref _hellos);
                if (Options.IsLogicControl && body.Length >= 16)
                {
                    _shadow.SendConnectionReply(body.Slice(5, 7), body.Slice(12, 4));
                    return;
                }
                GoOnline();
            }
            else if (m is { Kind: MackieMessageKind.OtherSysEx, Value: MackieProtocol.ConnectionConfirmed })
            {
                GoOnline();
            }
        }
    }

    /// <summary>Any message from a unit not yet online shows it is there.</summary>
    private void Alive()
    {
        if (!_handshake.Online && _handshake.PortUp)
            GoOnline();
    }

    private void GoOnline()
    {
        _handshake.SetOnline();
        Interlocked.Increment(ref _pushes);
        _shadow.PushAll(Options.ColorStrips);
    }

    /// <summary>Ring byte for a value 0..1 in dot mode: LED round(10·v)+1, the centre LED lit near the middle (as Ardour does).</summary>
    private static int RingValue(double value)
    {
        value = double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 1);
        var position = (int)Math.Round(10 * value) + 1;
        return value is >= 0.45 and <= 0.55 ? 0x40 | position : position;
    }

    private readonly struct Reader(MackieSurface owner) : IMidiSink
    {
        public void OnMessage(in MidiMessage message) => owner.OnMessage(message);

        public void OnSysEx(in SysExMessage sysEx)
        {
            if (sysEx.IsComplete)
                owner.OnSysEx(sysEx.Data);
        }

        public void OnError(in MidiError error) => Interlocked.Increment(ref owner._streamErrors);
    }
}

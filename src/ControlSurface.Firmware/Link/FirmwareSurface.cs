using System.Text.Json;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Surfaces;
using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Link;

/// <summary>A controller board on the firmware link as the engine sees it: control events in, feedback out.</summary>
/// <remarks>
/// <para>The surface is bound to a device <b>identity</b> (the serial number in HELLO), not to a port: whichever
/// <see cref="SerialLink"/> meets that board attaches it, so boards swapped between ports keep their roles.
/// With no identity given, the first board that shows up takes the role and keeps it.</para>
/// <para><see cref="Send"/> (engine thread) only records the latest value per control and wakes the link's writer;
/// it never blocks on the port. Control events are posted from the link's reader thread. Fader positions are
/// normalised with the device's calibration; none is posted before that calibration is known.</para>
/// </remarks>
public sealed class FirmwareSurface : ISurface
{
    private readonly EnginePost _post;
    private readonly FeedbackSlots _slots;
    private readonly int[] _lastRaw;
    private readonly bool[] _touched;
    private readonly Lock _gate = new();
    private SerialLink? _link;
    private ushort? _expectedEvent;
    private int _padFullScale = 127;
    private long _duplicates;
    private long _gaps;
    private long _delivered;

    /// <summary>Creates a surface for a board with <paramref name="layout"/>; LEDs are numbered like buttons, then one per
    /// pad after the buttons' (as on the standard board, where take pads light up). LEDs past the count the board
    /// reports in HELLO are not sent.</summary>
    /// <param name="layout">What the board has (the engine maps it before the board connects).</param>
    /// <param name="post">Where control events go, e.g. <c>engine.Post</c>.</param>
    /// <param name="identity">The serial number this role belongs to, or null for the first board seen.</param>
    public FirmwareSurface(SurfaceLayout layout, EnginePost post, string? identity = null)
    {
        Layout = layout ?? throw new ArgumentNullException(nameof(layout));
        _post = post ?? throw new ArgumentNullException(nameof(post));
        Identity = identity;
        _slots = new FeedbackSlots(layout, layout.Buttons + layout.Pads);
        _lastRaw = new int[layout.Faders];
        _touched = new bool[layout.Faders];
        Calibration = new FaderCalibrations(layout.Faders);
    }

    /// <summary>The engine's index for this surface (set it after registering); carried in every control event.</summary>
    public int Index { get; set; } = -1;

    /// <inheritdoc/>
    public string Name => $"board {Identity ?? "(any)"}";

    /// <inheritdoc/>
    public string Kind => "firmware";

    /// <inheritdoc/>
    public SurfaceLayout Layout { get; }

    /// <summary>The serial number this role is bound to (null until the first board shows up when created without one).</summary>
    public string? Identity { get; private set; }

    /// <summary>The last HELLO from the board, or null before the first.</summary>
    public Hello? Device { get; private set; }

    /// <summary>The link the board is on now, or null while it is away.</summary>
    public SerialLink? Link => Volatile.Read(ref _link);

    /// <summary>The link the board was last on (keeps its counters readable while away).</summary>
    public SerialLink? LastLink { get; private set; }

    /// <summary>True while the link is resynchronised and running.</summary>
    public bool Connected => Link is { State: LinkState.Ready };

    /// <summary>Calibration read from the device.</summary>
    public FaderCalibrations Calibration { get; }

    /// <summary>Events delivered to the engine.</summary>
    public long EventsDelivered => Interlocked.Read(ref _delivered);

    /// <summary>Events received again and not delivered twice.</summary>
    public long EventDuplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Events received after a gap (an earlier one was lost), held back until retransmitted in order.</summary>
    public long EventGaps => Interlocked.Read(ref _gaps);

    /// <inheritdoc/>
    public void Send(in FeedbackCommand command)
    {
        if (_slots.Set(command))
            Link?.Wake();
    }

    /// <summary>The counters for the demo report as one JSON object (kind, identity, port, connected, frames, errors, RTT).</summary>
    public string StatusJson()
    {
        var link = LastLink;
        var c = link?.Counters;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind);
            json.WriteString("identity", Identity);
            json.WriteString("model", Device?.Model);
            json.WriteString("firmware", Device?.FirmwareText);
            json.WriteString("port", link?.Path);
            json.WriteBoolean("connected", Connected);
            json.WriteNumber("framesIn", c?.FramesIn ?? 0);
            json.WriteNumber("framesOut", c?.FramesOut ?? 0);
            json.WriteNumber("crcErrors", c?.CrcErrors ?? 0);
            json.WriteNumber("framingErrors", (c?.FramingErrors ?? 0) + (c?.Oversize ?? 0));
            json.WriteNumber("framesLost", c?.FramesLost ?? 0);
            json.WriteNumber("resyncs", c?.Resyncs ?? 0);
            json.WriteNumber("reconnects", c?.Reconnects ?? 0);
            json.WriteNumber("eventsDelivered", EventsDelivered);
            json.WriteNumber("eventDuplicates", EventDuplicates);
            json.WriteNumber("rttP50Us", c?.RoundTrip.Percentile(50) ?? 0);
            json.WriteNumber("rttP99Us", c?.RoundTrip.Percentile(99) ?? 0);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Posts the link status and counters to the engine (<see cref="EngineInput.SurfaceStatus"/>).</summary>
    public void PostStatus() => _post(EngineInput.SurfaceStatus(Index, Connected, StatusJson()));

    /// <summary>True when this surface takes a board with <paramref name="serial"/>.</summary>
    internal bool Accepts(string serial) => Identity is null || Identity == serial;

    /// <summary>Binds a board to this surface on <paramref name="link"/>; returns what WELCOME carries about events.</summary>
    internal (bool HasHistory, ushort Expected) Attach(SerialLink link, in Hello hello)
    {
        lock (_gate)
        {
            var previous = _link;
            Identity ??= hello.Serial;
            Device = hello;
            _padFullScale = hello.Capabilities.PadFullScale;
            _slots.DeviceLeds = hello.Capabilities.Leds;
            Calibration.Forget();
            Array.Fill(_lastRaw, -1);
            _link = link;
            LastLink = link;
            if (previous is not null && previous != link)
                previous.Detach(this);
            var history = _expectedEvent.HasValue;
            _expectedEvent ??= hello.NextEventSequence;
            return (history, _expectedEvent.Value);
        }
    }

    /// <summary>The board left <paramref name="link"/>.</summary>
    internal void Detach(SerialLink link)
    {
        lock (_gate)
        {
            if (_link == link)
                _link = null;
        }
    }

    /// <summary>The state dump ended: everything the host holds goes out again.</summary>
    internal void OnResynced() => _slots.MarkAllDirty();

    internal FeedbackSlots Slots => _slots;

    internal void OnCalibration(in ConfigEntry e)
    {
        if (e.Key != ConfigKey.FaderCalibration)
            return;
        Calibration.Set(e.Index, e.First, e.Second);
        _slots.MarkAllDirty();
    }

    internal void OnFader(in FaderReport r)
    {
        if (r.Fader >= _lastRaw.Length || !Calibration.TryNormalise(r.Fader, r.Raw, out var value))
            return;
        if (r.Touched && !_touched[r.Fader])
        {
            _touched[r.Fader] = true;
            Post(ControlEventKind.FaderTouched, r.Fader, 1);
        }
        if (_lastRaw[r.Fader] != r.Raw)
        {
            _lastRaw[r.Fader] = r.Raw;
            Post(ControlEventKind.FaderMoved, r.Fader, value);
        }
        if (!r.Touched && _touched[r.Fader])
        {
            _touched[r.Fader] = false;
            Post(ControlEventKind.FaderReleased, r.Fader, 0);
        }
    }

    internal void OnPadPressure(in PadPressureReport r)
    {
        if (r.Pad < Layout.Pads)
            Post(ControlEventKind.PadPressure, r.Pad, Math.Clamp(r.Pressure / (double)_padFullScale, 0, 1));
    }

    /// <summary>Takes an event exactly once; returns the ACK value (the next event expected).</summary>
    internal ushort OnEvent(in DeviceEvent e)
    {
        var expected = _expectedEvent ?? e.Sequence;
        var ahead = (ushort)(e.Sequence - expected);
        if (ahead != 0)
        {
            Interlocked.Increment(ref ahead < 0x8000 ? ref _gaps : ref _duplicates);
            return expected;
        }
        _expectedEvent = (ushort)(expected + 1);
        Interlocked.Increment(ref _delivered);
        switch (e.Kind)
        {
            case EventKind.PadHit when e.Index < Layout.Pads:
                Post(ControlEventKind.PadHit, e.Index, Math.Clamp(e.Value / (double)_padFullScale, 0, 1));
                break;
            case EventKind.ButtonDown when e.Index < Layout.Buttons:
                Post(ControlEventKind.ButtonDown, e.Index, 1);
                break;
            case EventKind.ButtonUp when e.Index < Layout.Buttons:
                Post(ControlEventKind.ButtonUp, e.Index, 0);
                break;
            case EventKind.Encoder when e.Index < Layout.Encoders:
                Post(ControlEventKind.EncoderTurned, e.Index, e.Value);
                break;
        }
        return _expectedEvent.Value;
    }

    private void Post(ControlEventKind kind, int control, double value) =>
        _post(EngineInput.FromControl(new ControlEvent(Index, kind, control, value)));
}

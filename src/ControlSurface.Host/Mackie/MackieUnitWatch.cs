using System.Globalization;
using System.Text.Json;
using ControlSurface.Host.Config;
using ControlSurface.Midi.Mackie;

namespace ControlSurface.Host.Mackie;

/// <summary>Watches one emulated unit's link to the DAW: the port going and coming back, the host coming online; logs and counts it.</summary>
/// <remarks>
/// <para>The port reopens a vanished device by itself (a USB MIDI gadget torn down and set up again, a USB-serial
/// adapter pulled); this notices the port's open and error counters move, says so in the log, and, on a device
/// file, says hello again (the host connection query a powered-up MCU sends), because a host that saw the
/// device go has no reason to query a port it does not know came back. On JACK the DAW queries on every new
/// connection, so nothing is sent unprompted there (an unprompted hello races Ardour's own connection handling).</para>
/// <para>Online means: the port is open and the host has talked to the unit since the port was last lost. <see cref="Check"/>
/// runs on one timer thread; the status is read after the component stopped, or racily by design (counters).</para>
/// </remarks>
internal sealed class MackieUnitWatch
{
    private readonly MackieUnit _unit;
    private readonly string _label;
    private readonly bool _device;
    private readonly Action<int, string> _log;
    private long _opens;
    private long _errors;
    private long _bytesInAtLoss;
    private long _queriesAtLoss;
    private bool _up;
    private long _seenOpens;
    private long _seenLost;
    private int _online;
    private long _hellos;

    public MackieUnitWatch(MackieUnit unit, string label, bool device, Action<int, string> log)
    {
        _unit = unit;
        _label = label;
        _device = device;
        _log = log;
    }

    /// <summary>True once the host has talked to the unit since its port was last lost (or ever), while the port stays open.</summary>
    public bool Online => Volatile.Read(ref _online) == 1;

    /// <summary>Hellos (host connection queries) sent unprompted: at start and after a reopen on a device, and after a stalled handshake.</summary>
    public long Hellos => Interlocked.Read(ref _hellos);

    /// <summary>Says hello unprompted, as a powered-up MCU does.</summary>
    public void Hello()
    {
        Interlocked.Increment(ref _hellos);
        _unit.Announce();
    }

    /// <summary>Opens of the port seen so far (1 after the first; each reopen adds one).</summary>
    public long Opens => Interlocked.Read(ref _seenOpens);

    /// <summary>Times the port was lost (device gone, connection failed).</summary>
    public long Lost => Interlocked.Read(ref _seenLost);

    /// <summary>Compares the port's state with the last look; logs what changed and, on a device, greets the host after a (re)open.</summary>
    /// <remarks>
    /// The port's own counters catch a loss and reopen that both fell between two looks; a port that does not count
    /// (a loopback) is followed by its up/down state alone.
    /// </remarks>
    public void Check()
    {
        var port = _unit.Port;
        var counters = port.Counters;
        var errors = counters.Errors;
        var opens = counters.Connects;
        var up = port.IsConnected;
        var lost = Math.Max(errors - _errors, _up && !up ? 1 : 0);
        _errors = errors;
        if (lost > 0)
        {
            Interlocked.Add(ref _seenLost, lost);
            _log(LogLine.Warning, string.Create(CultureInfo.InvariantCulture,
                $"{_label}: {port.Name} lost ({(_device ? "device gone: unplugged or torn down" : "JACK connection failed")}; {Lost} so far); reopening it when it is back"));
            Offline(counters.BytesIn);
        }
        var opened = up ? Math.Max(opens - _opens, _up ? 0 : 1) : 0;
        if (up)
            _opens = opens;
        _up = up;
        if (opened > 0)
        {
            if (Interlocked.Add(ref _seenOpens, opened) > 1)
            {
                _log(LogLine.Notice, string.Create(CultureInfo.InvariantCulture,
                    $"{_label}: {port.Name} back (reopened {Opens - 1} times){(_device ? "; saying hello to the DAW" : "")}"));
            }
            if (_device)
                Hello(); // the first open too: a device that was missing at start got no hello then
        }
        if (up && !Online && (_unit.Queries > _queriesAtLoss || counters.BytesIn > _bytesInAtLoss))
        {
            SetOnline(true);
            _log(LogLine.Notice, string.Create(CultureInfo.InvariantCulture,
                $"{_label}: online (the DAW talks on {port.Name}; {_unit.Queries} device queries answered)"));
        }
    }

    private void SetOnline(bool online) => Volatile.Write(ref _online, online ? 1 : 0);

    // Whatever the host says from now on comes over the next connection: that is what puts the unit online again.
    private void Offline(long bytesIn)
    {
        SetOnline(false);
        _bytesInAtLoss = bytesIn;
        _queriesAtLoss = _unit.Queries;
    }

    /// <summary>Writes the unit's link as a JSON object.</summary>
    public void Write(Utf8JsonWriter w, string unitName)
    {
        var port = _unit.Port;
        var c = port.Counters;
        w.WriteStartObject();
        w.WriteString("unit", unitName);
        w.WriteString("port", port.Name);
        w.WriteBoolean("connected", port.IsConnected);
        w.WriteBoolean("online", Online);
        w.WriteNumber("opens", Opens);
        w.WriteNumber("lost", Lost);
        w.WriteNumber("queries", _unit.Queries);
        w.WriteNumber("hellos", Hellos);
        w.WriteNumber("rehandshakes", _unit.Rehandshakes);
        w.WriteNumber("parseErrors", _unit.ParseErrors);
        w.WriteNumber("bytesIn", c.BytesIn);
        w.WriteNumber("bytesOut", c.BytesOut);
        w.WriteNumber("droppedOut", c.DroppedOut);
        w.WriteEndObject();
    }
}

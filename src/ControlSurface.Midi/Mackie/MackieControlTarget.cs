using ControlSurface.Core.Engine;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.Mackie;

/// <summary>The bridge as a Mackie Control surface (main unit plus extenders) for a DAW host: a target of the engine.</summary>
/// <remarks>
/// Device role: the DAW is the host and owns displays and LEDs. Each unit answers the host's device query
/// for its model (0x14 main, 0x15 XT) and from then on mirrors what the host sends into the model as
/// <see cref="EngineInput.TargetUpdate"/>s: fader positions (pitch bend), strip names (LCD top line),
/// mute/solo/rec/select and transport state (LEDs), meters (channel pressure). Model changes made by
/// others go to the host as a surface would send them: pitch bend for faders, button clicks for switches
/// and transport. Strips of unit u are model strips 8u..8u+7; the host banks all units together.
/// A DAW that reconnects sends its device query again and gets its answer; no restart is needed.
/// </remarks>
public sealed class MackieControlTarget : ITarget, IAsyncDisposable
{
    private readonly MackieUnit[] _units;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _readers = [];
    private Action<EngineInput> _post = static _ => { };
    private int _index = -1;

    /// <summary>Creates the target over one port pair per unit: the first is the main unit, the rest are extenders.</summary>
    public MackieControlTarget(IReadOnlyList<IMidiPort> units, string name = "DAW (Mackie Control)")
    {
        ArgumentOutOfRangeException.ThrowIfZero(units.Count);
        Name = name;
        _units = new MackieUnit[units.Count];
        for (var i = 0; i < units.Count; i++)
            _units[i] = new MackieUnit(i, units[i], () => _index, input => _post(input));
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The units, main first.</summary>
    public IReadOnlyList<MackieUnit> Units => _units;

    /// <summary>Connects the target to the engine: where to post updates and the index the engine gave it.</summary>
    public void Attach(Action<EngineInput> post, int targetIndex)
    {
        _post = post;
        _index = targetIndex;
    }

    /// <summary>Starts reading from every unit's port; with <paramref name="announce"/>, each unit also says hello unprompted.</summary>
    /// <remarks>
    /// Hosts query their surfaces (Ardour sends device queries whenever a port connects to its Mackie output), so
    /// the default waits for the query. An unprompted hello races the host's own connection handling: Ardour 7
    /// takes it as "device ready", pushes the state, then resets the surface for the new connection and ignores
    /// the answer to its query (the surface is already on), leaving it blank. Announce only for hosts that never query.
    /// </remarks>
    public void Start(bool announce = false)
    {
        foreach (var unit in _units)
        {
            _readers.Add(Task.Run(() => ReadAsync(unit, _stop.Token)));
            if (announce)
                unit.Announce();
        }
    }

    /// <inheritdoc/>
    public void Apply(in ModelChange change)
    {
        if (change.Origin == Origin.Target(_index))
            return;
        Span<byte> buffer = stackalloc byte[8];
        var strip = change.Address.Index;
        var unit = strip == ModelAddress.Master ? _units[0] : strip >= 0 && strip / 8 < _units.Length ? _units[strip / 8] : null;
        var local = strip == ModelAddress.Master ? 8 : strip & 7;
        var on = change.Value >= 0.5;
        var main = _units[0];
        var n = change.Address.Parameter switch
        {
            Parameter.Fader when unit is not null => MackieEncoder.Fader(buffer, local, change.Value),
            Parameter.Mute when unit is not null && local < 8 => Toggle(buffer, unit, MackieProtocol.MuteBase + local, on),
            Parameter.Solo when unit is not null && local < 8 => Toggle(buffer, unit, MackieProtocol.SoloBase + local, on),
            Parameter.RecArm when unit is not null && local < 8 => Toggle(buffer, unit, MackieProtocol.RecBase + local, on),
            Parameter.Select when unit is not null && local < 8 => Toggle(buffer, unit, MackieProtocol.SelectBase + local, on),
            Parameter.Play => MackieEncoder.Click(buffer, MackieProtocol.Play),
            Parameter.Stop => MackieEncoder.Click(buffer, MackieProtocol.Stop),
            Parameter.Record => MackieEncoder.Click(buffer, MackieProtocol.Record),
            Parameter.Rewind => MackieEncoder.Note(buffer, MackieProtocol.Rewind, on ? 0x7F : 0),
            Parameter.FastForward => MackieEncoder.Note(buffer, MackieProtocol.FastForward, on ? 0x7F : 0),
            Parameter.Loop => Toggle(buffer, main, MackieProtocol.Cycle, on),
            Parameter.MarkerAdd => MackieEncoder.Click(buffer, MackieProtocol.Marker),
            Parameter.Bank => MackieEncoder.Click(buffer, BankNote(change.Value)),
            _ => 0,
        };
        if (n > 0)
            (change.Address.Parameter is Parameter.Fader or Parameter.Mute or Parameter.Solo or Parameter.RecArm or Parameter.Select ? unit! : main).Port.Send(buffer[..n]);
    }

    private static int Toggle(Span<byte> buffer, MackieUnit unit, int note, bool on) =>
        unit.Leds[note] == on ? 0 : MackieEncoder.Click(buffer, note);

    private static int BankNote(double strips) => strips switch
    {
        <= -2 => MackieProtocol.BankLeft,
        < 0 => MackieProtocol.ChannelLeft,
        >= 2 => MackieProtocol.BankRight,
        _ => MackieProtocol.ChannelRight,
    };

    private static async Task ReadAsync(MackieUnit unit, CancellationToken cancellation)
    {
        var parser = new MidiStreamParser();
        var buffer = new byte[4096];
        var sink = new UnitSink(unit);
        while (!cancellation.IsCancellationRequested)
        {
            int n;
            try
            {
                n = await unit.Port.ReceiveAsync(buffer, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            parser.Parse(buffer.AsSpan(0, n), ref sink);
        }
    }

    private readonly struct UnitSink(MackieUnit unit) : IMidiSink
    {
        public void OnMessage(in MidiMessage message) => unit.OnMessage(message);

        public void OnSysEx(in SysExMessage sysEx)
        {
            if (sysEx.IsComplete)
                unit.OnSysEx(sysEx.Data);
        }

        public void OnError(in MidiError error) => unit.OnParseError();
    }

    /// <summary>Stops the readers (the ports belong to the caller).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_readers).ConfigureAwait(false);
        _stop.Dispose();
    }
}

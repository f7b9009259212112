using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Profiles;

/// <summary>A profile compiled for input: MIDI messages in, control events out, by table lookup.</summary>
/// <remarks>
/// <para>Notes and controllers are found through 16 × 128 tables, pitch bend per channel and NRPNs through a
/// dictionary keyed by channel and number, so decoding allocates nothing. Per-control state: the last
/// reading of absolute knobs (the first reading only anchors, so a knob reporting itself at connect turns
/// nothing), the MSB latch of 14-bit pairs, the pads held per channel (channel aftertouch).</para>
/// <para>Channel pressure names no note, so it is attributed by this rule: it goes to the pad with
/// <c>aftertouch: channel</c> struck most recently on that channel and still held; when that pad is let go, to the
/// one struck before it if that is still held (a drummer holding two pads on an MPD218, whose single pressure value
/// follows the hardest-pressed of them, drives the pad struck last). With no such pad held the message is
/// unclaimed and counted in <see cref="PressureWithoutPad"/>. At most <see cref="MaxHeldPads"/> pads per channel are
/// tracked; a further strike forgets the longest-held one.</para>
/// <para>Values: faders 0..1 (7-bit CC /127, 14-bit /16383, MSB-only senders of a 14-bit pair /127); knobs signed
/// steps (an absolute knob's steps are 1/127 of its travel); pads velocity and pressure 0..1.</para>
/// <para>Not thread-safe: one decoder per input stream.</para>
/// </remarks>
public sealed class ProfileDecoder
{
    private const byte Main = 1;
    private const byte Lsb = 2;
    private const byte Touch = 3;

    private readonly ProfileControl[] _controls;
    private readonly Slot[] _notes = new Slot[16 * 128];
    private readonly Slot[] _ccs = new Slot[16 * 128];
    private readonly Slot[] _pitch = new Slot[16];
    private readonly Dictionary<int, Slot> _nrpn = [];
    private readonly ParameterNumberAssembler? _parameters;
    private readonly int[] _last;
    private readonly byte[] _msb;
    private readonly bool[] _lsbSeen;
    private readonly int[] _held = new int[16 * MaxHeldPads];
    private readonly byte[] _heldCount = new byte[16];

    /// <summary>Compiles <paramref name="profile"/>'s controls into lookup tables.</summary>
    /// <exception cref="ArgumentException">When two controls claim the same message.</exception>
    public ProfileDecoder(ControllerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        _controls = [.. profile.Controls];
        _last = new int[_controls.Length];
        _msb = new byte[_controls.Length];
        _lsbSeen = new bool[_controls.Length];
        Array.Fill(_last, -1);
        for (var i = 0; i < _controls.Length; i++)
        {
            var c = _controls[i];
            var s = c.Source;
            var key = s.Channel.Index * 128 + (s.Number & 0x7F);
            switch (s.Kind)
            {
                case SourceKind.Note: Claim(_notes, key, i, Main); break;
                case SourceKind.ControlChange: Claim(_ccs, key, i, Main); break;
                case SourceKind.ControlChange14:
                    Claim(_ccs, key, i, Main);
                    Claim(_ccs, key + 32, i, Lsb);
                    break;
                case SourceKind.PitchBend: Claim(_pitch, s.Channel.Index, i, Main); break;
                default:
                    if (!_nrpn.TryAdd(s.Channel.Index << 14 | s.Number, new Slot(i + 1, Main)))
                        throw new ArgumentException($"{c.Kind} {c.Number}: {s} is claimed twice", nameof(profile));
                    _parameters ??= new ParameterNumberAssembler();
                    break;
            }
            if (c.Touch is { } t)
                Claim(_notes, t.Channel.Index * 128 + t.Number, i, Touch);
        }
    }

    /// <summary>Pads per channel whose channel pressure is told apart (ten fingers and some).</summary>
    public const int MaxHeldPads = 16;

    /// <summary>The profile this decoder was compiled from.</summary>
    public ControllerProfile Profile { get; }

    /// <summary>The engine's number for the surface; stamped on every event.</summary>
    public int Surface { get; set; }

    /// <summary>Forgets knob readings, 14-bit latches and struck pads (after a reconnect).</summary>
    public void Reset()
    {
        Array.Fill(_last, -1);
        Array.Clear(_msb);
        Array.Clear(_lsbSeen);
        Array.Clear(_heldCount);
        _parameters?.Reset();
    }

    /// <summary>Decodes one message into zero, one or two control events.</summary>
    public void Decode<TSink>(in MidiMessage message, ref TSink sink)
        where TSink : IControlEventSink, allows ref struct
    {
        var ch = message.Status & 0x0F;
        switch (message.Kind)
        {
            case MidiMessageKind.NoteOn or MidiMessageKind.NoteOff:
                var note = _notes[ch * 128 + message.Data1];
                var velocity = message.Kind == MidiMessageKind.NoteOff ? 0 : message.Data2;
                if (note.Entry == 0)
                    Unclaim(ref sink, message);
                else if (note.Role == Touch)
                    Emit(ref sink, note.Entry - 1, velocity > 0 ? ControlEventKind.FaderTouched : ControlEventKind.FaderReleased, 0);
                else
                    OnValue(ref sink, note.Entry - 1, velocity, ch);
                return;
            case MidiMessageKind.ControlChange:
                if (_parameters is not null && IsParameterController(message.Data1))
                {
                    if (_parameters.TryAssemble(message, out var change) && change.Kind == ParameterKind.NonRegistered
                        && change.Action == ParameterAction.Set && _nrpn.TryGetValue(ch << 14 | change.Number.Value, out var p))
                        Emit(ref sink, p.Entry - 1, ControlEventKind.FaderMoved, change.Value.Value / 16383.0);
                    return;
                }
                var cc = _ccs[ch * 128 + message.Data1];
                if (cc.Entry == 0)
                    Unclaim(ref sink, message);
                else if (_controls[cc.Entry - 1].Source.Kind == SourceKind.ControlChange14)
                    OnPair(ref sink, cc, message.Data2);
                else
                    OnValue(ref sink, cc.Entry - 1, message.Data2, ch);
                return;
            case MidiMessageKind.PitchBend:
                var pb = _pitch[ch];
                if (pb.Entry == 0)
                    Unclaim(ref sink, message);
                else
                    Emit(ref sink, pb.Entry - 1, ControlEventKind.FaderMoved, message.Value14.Value / 16383.0);
                return;
            case MidiMessageKind.PolyPressure:
                var pad = _notes[ch * 128 + message.Data1];
                if (pad.Entry != 0 && _controls[pad.Entry - 1] is { Kind: ProfileControlKind.Pad, Aftertouch: AftertouchKind.Poly })
                    Emit(ref sink, pad.Entry - 1, ControlEventKind.PadPressure, message.Data2 / 127.0);
                else
                    Unclaim(ref sink, message);
                return;
            case MidiMessageKind.ChannelPressure:
                if (_heldCount[ch] > 0)
                {
                    Emit(ref sink, _held[ch * MaxHeldPads + _heldCount[ch] - 1], ControlEventKind.PadPressure, message.Data1 / 127.0);
                }
                else
                {
                    PressureWithoutPad++;
                    Unclaim(ref sink, message);
                }
                return;
            default:
                Unclaim(ref sink, message);
                return;
        }
    }

    /// <summary>Messages no control claimed.</summary>
    public long Unclaimed { get; private set; }

    /// <summary>Channel pressure that came while no pad with channel aftertouch was held on its channel (also unclaimed).</summary>
    public long PressureWithoutPad { get; private set; }

    private void Unclaim<TSink>(ref TSink sink, in MidiMessage message)
        where TSink : IControlEventSink, allows ref struct
    {
        Unclaimed++;
        sink.OnUnclaimed(message);
    }

    private static bool IsParameterController(byte cc) => cc is 6 or 38 or 96 or 97 or 98 or 99 or 100 or 101;

    private void OnPair<TSink>(ref TSink sink, Slot slot, byte value)
        where TSink : IControlEventSink, allows ref struct
    {
        var i = slot.Entry - 1;
        if (slot.Role == Lsb)
        {
            _lsbSeen[i] = true;
            Emit(ref sink, i, ControlEventKind.FaderMoved, ((_msb[i] << 7) | value) / 16383.0);
            return;
        }
        _msb[i] = value;
        if (!_lsbSeen[i])
            Emit(ref sink, i, ControlEventKind.FaderMoved, value / 127.0);
    }

    private void OnValue<TSink>(ref TSink sink, int i, int value, int channel)
        where TSink : IControlEventSink, allows ref struct
    {
        var c = _controls[i];
        switch (c.Kind)
        {
            case ProfileControlKind.Fader:
                Emit(ref sink, i, ControlEventKind.FaderMoved, value / 127.0);
                return;
            case ProfileControlKind.Knob:
                int steps;
                if (c.Encoding == KnobEncoding.Absolute)
                {
                    var before = _last[i];
                    _last[i] = value;
                    if (before < 0)
                        return; // the first reading only anchors
                    steps = value - before;
                }
                else
                {
                    steps = RelativeValue.Decode(c.Encoding, value);
                }
                if (steps != 0)
                    Emit(ref sink, i, ControlEventKind.EncoderTurned, steps);
                return;
            case ProfileControlKind.Pad:
                if (c.Aftertouch == AftertouchKind.Channel)
                {
                    LetGo(channel, i);
                    if (value > 0)
                        Hold(channel, i);
                }
                Emit(ref sink, i, value > 0 ? ControlEventKind.PadHit : ControlEventKind.PadPressure, value / 127.0);
                return;
            default:
                if (c.Mode == ButtonMode.Toggle)
                {
                    Emit(ref sink, i, ControlEventKind.ButtonDown, 1);
                    Emit(ref sink, i, ControlEventKind.ButtonUp, 0);
                }
                else
                {
                    Emit(ref sink, i, value > 0 ? ControlEventKind.ButtonDown : ControlEventKind.ButtonUp, value > 0 ? 1 : 0);
                }
                return;
        }
    }

    // The held pads of a channel, oldest first; the last one takes the channel's pressure.
    private void Hold(int channel, int pad)
    {
        var held = _held.AsSpan(channel * MaxHeldPads, MaxHeldPads);
        var count = _heldCount[channel];
        if (count == MaxHeldPads)
        {
            held[1..].CopyTo(held); // forget the longest-held
            count--;
        }
        held[count] = pad;
        _heldCount[channel] = (byte)(count + 1);
    }

    private void LetGo(int channel, int pad)
    {
        var held = _held.AsSpan(channel * MaxHeldPads, _heldCount[channel]);
        var at = held.IndexOf(pad);
        if (at < 0)
            return;
        held[(at + 1)..].CopyTo(held[at..]);
        _heldCount[channel]--;
    }

    private void Emit<TSink>(ref TSink sink, int i, ControlEventKind kind, double value)
        where TSink : IControlEventSink, allows ref struct
    {
        var e = new ControlEvent(Surface, kind, _controls[i].Number, value);
        sink.OnControl(e);
    }

    private void Claim(Slot[] table, int key, int index, byte role)
    {
        if (table[key].Entry != 0)
        {
            var c = _controls[index];
            var other = _controls[table[key].Entry - 1];
            throw new ArgumentException($"{c.Kind} {c.Number} ({c.Source}) and {other.Kind} {other.Number} ({other.Source}) send the same message", nameof(table));
        }
        table[key] = new Slot(index + 1, role);
    }

    private readonly record struct Slot(int Entry, byte Role);
}

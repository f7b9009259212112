using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.Mackie;

/// <summary>One emulated Mackie Control unit (main or XT) on its own MIDI port pair: what the host has shown on it.</summary>
/// <remarks>
/// The receive side runs on the unit's reader task; <see cref="Leds"/> and the LCD are written only there.
/// The engine thread reads LED states to decide whether a switch needs a click (a stale read costs one
/// redundant toggle at worst, which the next LED message corrects).
/// </remarks>
public sealed class MackieUnit
{
    private readonly char[] _lcd = new char[2 * MackieProtocol.LcdLineLength];
    private readonly string?[] _names = new string?[MackieProtocol.StripsPerUnit];
    private readonly string?[] _values = new string?[MackieProtocol.StripsPerUnit];
    private readonly char[] _timecode = new char[10];
    private readonly byte[] _timeCodes = new byte[TransportDisplay.TimeDigits];
    private readonly byte[] _assignmentCodes = new byte[TransportDisplay.AssignmentDigits];
    private readonly Func<int> _targetIndex;
    private readonly Action<EngineInput> _post;
    private TransportState _transport = TransportState.Stopped;
    private long _queries;
    private long _parseErrors;
    private long _answeredAt = Environment.TickCount64; // a host that never queries counts as a stall too
    private int _stateSeen;
    private int _rehandshakes;

    internal MackieUnit(int number, IMidiPort port, Func<int> targetIndex, Action<EngineInput> post)
    {
        Number = number;
        Port = port;
        Model = number == 0 ? MackieProtocol.ModelMain : MackieProtocol.ModelExtender;
        _targetIndex = targetIndex;
        _post = post;
        Array.Fill(_lcd, ' ');
        Array.Fill(_timecode, ' ');
        Array.Fill(_timeCodes, (byte)' ');
        Array.Fill(_assignmentCodes, (byte)' ');
    }

    /// <summary>0 for the main unit, 1.. for extenders; model strips start at 8 × this.</summary>
    public int Number { get; }

    /// <summary>The model byte this unit answers to (0x14 main, 0x15 XT).</summary>
    public byte Model { get; }

    /// <summary>The MIDI port pair to the host.</summary>
    public IMidiPort Port { get; }

    /// <summary>LED states the host set, by note number.</summary>
    public bool[] Leds { get; } = new bool[128];

    /// <summary>Device queries answered (one per host (re)connect, usually).</summary>
    public long Queries => Interlocked.Read(ref _queries);

    /// <summary>Malformed MIDI from the host (the parser recovered and went on).</summary>
    public long ParseErrors => Interlocked.Read(ref _parseErrors);

    internal void OnParseError() => Interlocked.Increment(ref _parseErrors);

    /// <summary>A copy of LCD line 0 (names) or 1 (values), 56 characters.</summary>
    public string LcdLine(int line) => new(_lcd, line * MackieProtocol.LcdLineLength, MackieProtocol.LcdLineLength);

    /// <summary>The time code / BBT display as shown, left to right (the dots are not included).</summary>
    public string Timecode
    {
        get
        {
            Span<char> text = stackalloc char[10];
            for (var i = 0; i < 10; i++)
                text[i] = _timecode[9 - i];
            return new string(text);
        }
    }

    /// <summary>Times the unit asked for a fresh connection because the host went quiet after the handshake.</summary>
    public int Rehandshakes => Volatile.Read(ref _rehandshakes);

    /// <summary>
    /// True (once per stall, at most three times) when the host was answered (or the unit created) at least
    /// <paramref name="grace"/> ago and has written no names on the LCD since: the caller should redo the port's
    /// connections so the host queries again.
    /// </summary>
    /// <remarks>
    /// Ardour 7 can reset a surface for a new connection right after it went online, and then ignores further
    /// hellos while it believes the surface is on: the surface stays blank until the ports reconnect.
    /// </remarks>
    public bool HandshakeStalled(TimeSpan grace)
    {
        var answered = Volatile.Read(ref _answeredAt);
        if (Volatile.Read(ref _stateSeen) == 1 || Environment.TickCount64 - answered < grace.TotalMilliseconds || _rehandshakes >= 3)
            return false;
        Volatile.Write(ref _answeredAt, Environment.TickCount64); // give the reconnect its own grace
        Interlocked.Increment(ref _rehandshakes);
        return true;
    }

    /// <summary>Says hello as a powered-up MCU does: the host connection query, unprompted.</summary>
    public void Announce()
    {
        Span<byte> message = stackalloc byte[18];
        var n = MackieEncoder.HostConnectionQuery(message, Model, "CSBRDG"u8, [(byte)Number, 0, 0, 0]);
        Port.Send(message[..n]);
    }

    internal void OnMessage(in MidiMessage message)
    {
        var m = MackieDecoder.Decode(message);
        var index = _targetIndex();
        switch (m.Kind)
        {
            case MackieMessageKind.Fader:
                var strip = m.Index == 8 ? ModelAddress.Master : Number * MackieProtocol.StripsPerUnit + m.Index;
                if (m.Index == 8 && Number != 0)
                    return;
                _post(EngineInput.TargetUpdate(index, ModelAddress.Fader(strip), m.Value / 16383.0));
                break;
            case MackieMessageKind.Note:
                OnLed(m.Index, m.Value > 0, index);
                break;
            case MackieMessageKind.Meter when m.Value <= MackieProtocol.MeterFullScale + 1:
                _post(EngineInput.TargetUpdate(index, new ModelAddress(Parameter.Meter, Number * 8 + m.Index), Math.Min(1.0, m.Value / (double)MackieProtocol.MeterFullScale)));
                break;
            case MackieMessageKind.TimecodeDigit:
                OnTimeDigit(m.Index, (byte)m.Value, index);
                break;
            case MackieMessageKind.AssignmentDigit:
                OnAssignmentDigit(m.Index, (byte)m.Value, index);
                break;
        }
    }

    // Digit numbers are the protocol's (0 = rightmost); the model counts from the left. Only changes are posted.
    private void OnTimeDigit(int digit, byte code, int index)
    {
        _timecode[digit] = SevenSegmentChar(code);
        if (Number != 0 || _timeCodes[digit] == code)
            return;
        _timeCodes[digit] = code;
        _post(EngineInput.TargetUpdate(index, new ModelAddress(Parameter.TimeDisplay, TransportDisplay.TimeDigits - 1 - digit), DisplayValue(code)));
    }

    private void OnAssignmentDigit(int digit, byte code, int index)
    {
        if (Number != 0 || _assignmentCodes[digit] == code)
            return;
        _assignmentCodes[digit] = code;
        _post(EngineInput.TargetUpdate(index, new ModelAddress(Parameter.AssignmentDisplay, TransportDisplay.AssignmentDigits - 1 - digit), DisplayValue(code)));
    }

    /// <summary>A 7-segment code as the model holds a display digit: the character, plus the dot flag when bit 6 is set.</summary>
    public static int DisplayValue(byte code) => SevenSegmentChar(code) | ((code & 0x40) != 0 ? TransportDisplay.DotFlag : 0);

    private void OnLed(int note, bool on, int index)
    {
        if (Leds[note] == on)
            return;
        Leds[note] = on;
        var local = note & 7;
        var strip = Number * MackieProtocol.StripsPerUnit + local;
        Parameter? parameter = note switch
        {
            < MackieProtocol.SoloBase => Parameter.RecArm,
            < MackieProtocol.MuteBase => Parameter.Solo,
            < MackieProtocol.SelectBase => Parameter.Mute,
            < MackieProtocol.VPotPushBase => Parameter.Select,
            _ => null,
        };
        if (parameter is { } p)
        {
            _post(EngineInput.TargetUpdate(index, new ModelAddress(p, strip), on ? 1 : 0));
            return;
        }
        if (note is MackieProtocol.Play or MackieProtocol.Record or MackieProtocol.Stop && Number == 0)
        {
            var state = Leds[MackieProtocol.Play]
                ? (Leds[MackieProtocol.Record] ? TransportState.Recording : TransportState.Playing)
                : TransportState.Stopped;
            if (state != _transport)
            {
                _transport = state;
                _post(EngineInput.TargetUpdate(index, new ModelAddress(Parameter.TransportState), (int)state));
            }
        }
        if (note == MackieProtocol.Cycle && Number == 0)
            _post(EngineInput.TargetUpdate(index, new ModelAddress(Parameter.Loop), on ? 1 : 0));
        if (note is MackieProtocol.SmpteLed or MackieProtocol.BeatsLed && Number == 0)
            _post(EngineInput.TargetUpdate(index, new ModelAddress(Parameter.TimeDisplayMode), (int)TimeMode(note, on)));
    }

    // The lamp that lit last decides; one going out hands over to the other if it is lit. Hosts switch by lighting
    // the new lamp before darkening the old one (Ardour), so no transient Unknown is seen.
    private TimeDisplayMode TimeMode(int note, bool on)
    {
        var self = note == MackieProtocol.BeatsLed ? TimeDisplayMode.BarsBeats : TimeDisplayMode.Timecode;
        if (on)
            return self;
        var other = note == MackieProtocol.BeatsLed ? MackieProtocol.SmpteLed : MackieProtocol.BeatsLed;
        return !Leds[other] ? TimeDisplayMode.Unknown : self == TimeDisplayMode.BarsBeats ? TimeDisplayMode.Timecode : TimeDisplayMode.BarsBeats;
    }

    internal void OnSysEx(ReadOnlySpan<byte> body)
    {
        var m = MackieDecoder.DecodeSysEx(body);
        switch (m.Kind)
        {
            case MackieMessageKind.DeviceQuery when m.Model == Model:
                Interlocked.Increment(ref _queries);
                Volatile.Write(ref _stateSeen, 0);
                Volatile.Write(ref _answeredAt, Environment.TickCount64);
                Announce();
                break;
            case MackieMessageKind.Lcd:
                var lcdText = MackieDecoder.LcdText(body);
                if (m.Index < MackieProtocol.LcdLineLength && lcdText.IndexOfAnyExcept((byte)' ') >= 0)
                    Volatile.Write(ref _stateSeen, 1); // names on the top line: the host pushed its state
                WriteLcd(m.Index, lcdText);
                break;
            case MackieMessageKind.TimecodeText:
                var codes = MackieDecoder.DisplayCodes(body);
                for (var i = 0; i < codes.Length && i < TransportDisplay.TimeDigits; i++)
                    OnTimeDigit(i, (byte)(codes[i] & 0x7F), _targetIndex());
                break;
            case MackieMessageKind.AssignmentText:
                var chars = MackieDecoder.DisplayCodes(body);
                for (var i = 0; i < chars.Length && i < TransportDisplay.AssignmentDigits; i++)
                    OnAssignmentDigit(i, (byte)(chars[i] & 0x7F), _targetIndex());
                break;
        }
    }

    private void WriteLcd(int offset, ReadOnlySpan<byte> text)
    {
        for (var i = 0; i < text.Length && offset + i < _lcd.Length; i++)
            _lcd[offset + i] = text[i] is >= 0x20 and < 0x7F ? (char)text[i] : ' ';
        var end = Math.Min(_lcd.Length, offset + text.Length);
        PostCells(0, offset, end, _names, Parameter.Name);
        PostCells(MackieProtocol.LcdLineLength, offset, end, _values, Parameter.ValueText);
    }

    // The strips whose cells on the line starting at `line` overlap [from, to): top line = names, bottom line = value texts.
    private void PostCells(int line, int from, int to, string?[] shown, Parameter parameter)
    {
        var first = Math.Max(0, from - line) / MackieProtocol.LcdStripWidth;
        var last = Math.Min(MackieProtocol.StripsPerUnit - 1, (to - 1 - line) / MackieProtocol.LcdStripWidth);
        for (var s = first; s <= last && to > line; s++)
        {
            var cell = _lcd.AsSpan(line + (s * MackieProtocol.LcdStripWidth), s == 7 ? 6 : MackieProtocol.LcdStripWidth).Trim(' ');
            if (shown[s] is { } old && cell.SequenceEqual(old))
                continue;
            var text = new string(cell);
            shown[s] = text;
            _post(EngineInput.TargetUpdate(_targetIndex(), new ModelAddress(parameter, Number * MackieProtocol.StripsPerUnit + s), 0, text));
        }
    }

    /// <summary>7-segment code to a character: 0x00-0x1F are '@'..'_' (letters), 0x20-0x3F as ASCII; bit 6 is the dot.</summary>
    public static char SevenSegmentChar(int code)
    {
        code &= 0x3F;
        return code < 0x20 ? (char)(code + 0x40) : (char)code;
    }
}

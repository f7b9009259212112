using ControlSurface.Midi.Mackie;
using ControlSurface.Midi.Ports;

namespace ControlSurface.Midi.MackieHost;

/// <summary>What a Mackie-protocol unit shows: fader positions, LEDs, rings, LCD, colours, 7-segment digits, meters.</summary>
/// <remarks>
/// Every setter sends only a change; <see cref="PushAll"/> sends the whole state again, for a unit that
/// (re)connected (the protocol has no "send me your state"). Encodes on the stack, so nothing is
/// allocated per message. Not thread-safe: the owner serialises calls.
/// </remarks>
internal sealed class McuShadow
{
    private const int Unknown = -1;
    private const int Digits = 12; // 10 time code (from the right) + 2 assignment
    private readonly IMidiPort _port;
    private readonly byte _model;
    private readonly int[] _faders = new int[9];
    private readonly byte[] _leds = new byte[128];
    private readonly int[] _rings = new int[MackieProtocol.StripsPerUnit];
    private readonly char[] _lcd = new char[2 * MackieProtocol.LcdLineLength];
    private readonly byte[] _colors = new byte[MackieProtocol.StripsPerUnit];
    private readonly byte[] _digits = new byte[Digits];
    private readonly int[] _meters = new int[MackieProtocol.StripsPerUnit];
    private bool _colorsShown;

    public McuShadow(IMidiPort port, byte model)
    {
        _port = port;
        _model = model;
        Array.Fill(_faders, Unknown);
        Array.Fill(_rings, Unknown);
        Array.Fill(_lcd, ' ');
        Array.Fill(_digits, (byte)' ');
        Array.Fill(_colors, StripColors.White);
    }

    /// <summary>Messages handed to the port (sent or dropped by it).</summary>
    public long Messages { get; private set; }

    public int Fader(int fader) => _faders[fader];

    public byte Led(int note) => _leds[note & 0x7F];

    public string LcdLine(int line) => new(_lcd, line * MackieProtocol.LcdLineLength, MackieProtocol.LcdLineLength);

    public byte Color(int strip) => _colors[strip];

    public void SetFader(int fader, int value, bool force = false)
    {
        if (!force && _faders[fader] == value)
            return;
        _faders[fader] = value;
        Span<byte> m = stackalloc byte[3];
        m[0] = (byte)(0xE0 | fader);
        m[1] = (byte)(value & 0x7F);
        m[2] = (byte)(value >> 7);
        Send(m);
    }

    /// <summary>Records where the hand put a fader (the unit already shows it).</summary>
    public void NoteFader(int fader, int value) => _faders[fader] = value;

    public void SetLed(int note, byte velocity)
    {
        note &= 0x7F;
        if (_leds[note] == velocity)
            return;
        _leds[note] = velocity;
        Span<byte> m = stackalloc byte[3];
        Send(m[..MackieEncoder.Note(m, note, velocity)]);
    }

    public void SetRing(int strip, int value)
    {
        if (_rings[strip] == value)
            return;
        _rings[strip] = value;
        SendRing(strip, value);
    }

    /// <summary>Writes one strip's 7 LCD columns on <paramref name="line"/>: the text, then spaces.</summary>
    public void SetCell(int line, int strip, ReadOnlySpan<char> text)
    {
        Span<char> cell = stackalloc char[MackieProtocol.LcdStripWidth];
        cell.Fill(' ');
        text[..Math.Min(text.Length, cell.Length)].CopyTo(cell);
        var at = line * MackieProtocol.LcdLineLength + strip * MackieProtocol.LcdStripWidth;
        var shown = _lcd.AsSpan(at, cell.Length);
        if (shown.SequenceEqual(cell))
            return;
        cell.CopyTo(shown);
        SendLcd(at, cell);
    }

    public void SetColor(int strip, byte color)
    {
        if (_colorsShown && _colors[strip] == color)
            return;
        _colors[strip] = color;
        SendColors();
    }

    /// <summary>One 7-segment digit: 0-9 time code from the right, 10-11 assignment (right, left).</summary>
    public void SetDigit(int index, byte code)
    {
        if (_digits[index] == code)
            return;
        _digits[index] = code;
        SendDigit(index, code);
    }

    public void SetMeter(int strip, int level)
    {
        _meters[strip] = level;
        SendMeter(strip, level);
    }

    /// <summary>Sends the meters that are lit again, so the unit's own fall does not drop a steady level.</summary>
    public void RefreshMeters()
    {
        for (var s = 0; s < _meters.Length; s++)
        {
            if (_meters[s] > 0)
                SendMeter(s, _meters[s]);
        }
    }

    /// <summary>The whole state again: LCD, colours, LEDs, rings, digits, then the faders.</summary>
    public void PushAll(bool colors)
    {
        SendLcd(0, _lcd);
        if (colors)
            SendColors();
        Span<byte> m = stackalloc byte[3];
        for (var note = 0; note < _leds.Length; note++)
        {
            if (_leds[note] != 0)
                Send(m[..MackieEncoder.Note(m, note, _leds[note])]);
        }
        for (var s = 0; s < _rings.Length; s++)
        {
            if (_rings[s] != Unknown)
                SendRing(s, _rings[s]);
        }
        for (var d = 0; d < _digits.Length; d++)
            SendDigit(d, _digits[d]);
        for (var f = 0; f < _faders.Length; f++)
        {
            if (_faders[f] != Unknown)
                SetFader(f, _faders[f], force: true);
        }
        RefreshMeters();
    }

    public void SendDeviceQuery()
    {
        Span<byte> m = stackalloc byte[8];
        Send(m[..MackieEncoder.DeviceQuery(m, _model)]);
    }

    /// <summary>Answers a Logic Control unit's challenge (SysEx 02 with its serial and the response).</summary>
    public void SendConnectionReply(ReadOnlySpan<byte> serial, ReadOnlySpan<byte> challenge)
    {
        Span<byte> m = stackalloc byte[18];
        m[0] = 0xF0;
        m[1] = 0x00;
        m[2] = 0x00;
        m[3] = 0x66;
        m[4] = _model;
        m[5] = LogicControlModels.ConnectionReply;
        serial.CopyTo(m[6..13]);
        LogicControlModels.Respond(challenge, m[13..17]);
        m[17] = 0xF7;
        Send(m);
    }

    private void SendRing(int strip, int value)
    {
        Span<byte> m = [0xB0, (byte)(MackieProtocol.RingBase + strip), (byte)(value & 0x7F)];
        Send(m);
    }

    private void SendLcd(int offset, ReadOnlySpan<char> text)
    {
        Span<byte> m = stackalloc byte[8 + 2 * MackieProtocol.LcdLineLength];
        Send(m[..MackieEncoder.Lcd(m, _model, offset, text)]);
    }

    private void SendColors()
    {
        _colorsShown = true;
        Span<byte> m = stackalloc byte[7 + MackieProtocol.StripsPerUnit];
        m[0] = 0xF0;
        m[1] = 0x00;
        m[2] = 0x00;
        m[3] = 0x66;
        m[4] = _model;
        m[5] = XTouchColorCommand;
        _colors.CopyTo(m[6..]);
        m[^1] = 0xF7;
        Send(m);
    }

    private void SendDigit(int index, byte code)
    {
        Span<byte> m = [0xB0, (byte)(MackieProtocol.TimecodeBase + index), (byte)(code & 0x7F)];
        Send(m);
    }

    private void SendMeter(int strip, int level)
    {
        Span<byte> m = stackalloc byte[2];
        Send(m[..MackieEncoder.Meter(m, strip, level)]);
    }

    private void Send(ReadOnlySpan<byte> message)
    {
        Messages++;
        _port.Send(message);
    }

    /// <summary>SysEx command of the X-Touch's scribble-strip colours (one code per strip).</summary>
    public const byte XTouchColorCommand = 0x72;
}

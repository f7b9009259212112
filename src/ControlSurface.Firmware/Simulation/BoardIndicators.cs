using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Simulation;

/// <summary>What the host has lit and written on a simulated board: LEDs, display text, meters and rings, for inspection.</summary>
/// <remarks>Guarded by the board's lock; read it through <see cref="BoardSimulator"/>'s accessors.</remarks>
internal sealed class BoardIndicators
{
    private readonly LedState[] _leds;
    private readonly char[][] _text;
    private readonly ushort[] _meters;
    private readonly ushort[] _rings;
    private readonly int _lines;
    private readonly int _characters;

    public BoardIndicators(int leds, int strips, int lines, int characters, int meters, int rings)
    {
        _leds = new LedState[leds];
        _lines = lines;
        _characters = characters;
        _text = new char[strips * lines][];
        for (var i = 0; i < _text.Length; i++)
            _text[i] = new string(' ', characters).ToCharArray();
        _meters = new ushort[meters];
        _rings = new ushort[rings];
    }

    public int Leds => _leds.Length;

    public LedState Led(int led) => _leds[led];

    public string Text(int strip, int line) => new(_text[(strip * _lines) + line]);

    public ushort Meter(int meter) => _meters[meter];

    public ushort Ring(int encoder) => _rings[encoder];

    /// <summary>Applies a host command; returns the error to report, or null.</summary>
    public ErrorCode? Apply(in LedState m)
    {
        if (m.Led >= _leds.Length)
            return ErrorCode.BadIndex;
        _leds[m.Led] = m;
        return null;
    }

    /// <summary>Applies a host command; returns the error to report, or null.</summary>
    public ErrorCode? Apply(in DisplayText m)
    {
        if (m.Strip * _lines >= _text.Length || m.Line >= _lines)
            return ErrorCode.BadIndex;
        var line = _text[(m.Strip * _lines) + m.Line];
        for (var i = 0; i < m.Text.Length && m.Column + i < _characters; i++)
            line[m.Column + i] = m.Text[i];
        return null;
    }

    /// <summary>Applies a host command; returns the error to report, or null.</summary>
    public ErrorCode? Apply(in MeterLevel m)
    {
        if (m.Meter >= _meters.Length)
            return ErrorCode.BadIndex;
        _meters[m.Meter] = m.Level;
        return null;
    }

    /// <summary>Applies a host command; returns the error to report, or null.</summary>
    public ErrorCode? Apply(in RingValue m)
    {
        if (m.Encoder >= _rings.Length)
            return ErrorCode.BadIndex;
        _rings[m.Encoder] = m.Value;
        return null;
    }
}

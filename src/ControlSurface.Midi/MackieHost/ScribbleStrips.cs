using ControlSurface.Midi.Mackie;

namespace ControlSurface.Midi.MackieHost;

/// <summary>The two scribble-strip lines of each strip: the fitted name on top, and below a resting text that a moving fader's value replaces for a while.</summary>
/// <remarks>
/// Line 0 shows the strip name fitted by <see cref="StripNameFitter"/>. Line 1 shows what the engine put
/// there (empty by default) except while a hand moves the fader: then the dB value, until
/// <see cref="MackieSurfaceOptions.ValueHold"/> after the last move, then the resting text again.
/// A move only records the position; <see cref="Update"/> (the owner's 50 ms tick) writes the latest value,
/// so a hand sweeping a fader costs one LCD write per tick, not one per pitch bend (a DIN link carries
/// about 3 kB/s and each write is 15 bytes). Times are UTC ticks from the owner's <see cref="TimeProvider"/>.
/// Not thread-safe: the owner serialises calls.
/// </remarks>
internal sealed class ScribbleStrips
{
    private readonly McuShadow _shadow;
    private readonly int _nameWidth;
    private readonly long _holdTicks;
    private readonly string[] _rest = new string[MackieProtocol.StripsPerUnit];
    private readonly long[] _valueUntil = new long[MackieProtocol.StripsPerUnit];
    private readonly double[] _value = new double[MackieProtocol.StripsPerUnit];
    private readonly bool[] _valueDirty = new bool[MackieProtocol.StripsPerUnit];
    private readonly string?[] _rawNames = new string?[MackieProtocol.StripsPerUnit];
    private int _showingValues;

    public ScribbleStrips(McuShadow shadow, int nameWidth, TimeSpan hold)
    {
        _shadow = shadow;
        _nameWidth = Math.Clamp(nameWidth, 1, MackieProtocol.LcdStripWidth);
        _holdTicks = hold.Ticks;
        Array.Fill(_rest, "");
    }

    /// <summary>True while strip <paramref name="strip"/>'s bottom line shows a fader value.</summary>
    public bool ShowsValue(int strip) => _valueUntil[strip] != 0;

    public void SetName(int strip, string name)
    {
        // Fitting allocates, so only when the name really changed.
        if (string.Equals(_rawNames[strip], name, StringComparison.Ordinal))
            return;
        _rawNames[strip] = name;
        _shadow.SetCell(0, strip, StripNameFitter.Fit(name.Length == 0 ? " " : name, _nameWidth));
    }

    public void SetRest(int strip, string text)
    {
        if (string.Equals(_rest[strip], text, StringComparison.Ordinal))
            return;
        _rest[strip] = text.Length <= _nameWidth && IsPlain(text) ? text : StripNameFitter.Fit(text, _nameWidth);
        if (_valueUntil[strip] == 0)
            _shadow.SetCell(1, strip, _rest[strip]);
    }

    /// <summary>Shows a fader position as dB on the bottom line (at the next <see cref="Update"/>) until the hold time after <paramref name="now"/>.</summary>
    public void ShowValue(int strip, double position, long now)
    {
        if (_valueUntil[strip] == 0)
            _showingValues++;
        _valueUntil[strip] = now + _holdTicks;
        _value[strip] = position;
        _valueDirty[strip] = true;
    }

    /// <summary>Writes the latest values of moving faders, and puts the resting text back on strips whose hold time has passed.</summary>
    public void Update(long now)
    {
        if (_showingValues == 0)
            return;
        Span<char> text = stackalloc char[MackieProtocol.LcdStripWidth];
        for (var s = 0; s < _valueUntil.Length; s++)
        {
            if (_valueDirty[s])
            {
                _valueDirty[s] = false;
                _shadow.SetCell(1, s, text[..FaderValueText.Format(_value[s], text[.._nameWidth])]);
            }
            if (_valueUntil[s] != 0 && now >= _valueUntil[s])
            {
                _valueUntil[s] = 0;
                _showingValues--;
                _shadow.SetCell(1, s, _rest[s]);
            }
        }
    }

    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
                return false;
        }
        return true;
    }
}

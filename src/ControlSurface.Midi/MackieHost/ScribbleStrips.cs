using ControlSurface.Midi.Mackie;

namespace ControlSurface.Midi.MackieHost;

/// <summary>The two scribble-strip lines of each strip: the fitted name on top, and below a resting text that a moving fader's value replaces for a while.</summary>
/// <remarks>
/// Line 0 shows the strip name fitted by <see cref="StripNameFitter"/>. Line 1 shows what the engine put
/// there (empty by default) except while a hand moves the fader: then the dB value, until
/// <see cref="MackieSurfaceOptions.ValueHold"/> after the last move, then the resting text again.
/// Times are UTC ticks from the owner's <see cref="TimeProvider"/>. Not thread-safe: the owner serialises calls.
/// </remarks>
internal sealed class ScribbleStrips
{
    private readonly McuShadow _shadow;
    private readonly int _nameWidth;
    private readonly long _holdTicks;
    private readonly string[] _rest = new string[MackieProtocol.StripsPerUnit];
    private readonly long[] _valueUntil = new long[MackieProtocol.StripsPerUnit];
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

    /// <summary>Shows a fader position as dB on the bottom line until the hold time after <paramref name="now"/>.</summary>
    public void ShowValue(int strip, double position, long now)
    {
        Span<char> text = stackalloc char[MackieProtocol.LcdStripWidth];
        var n = FaderValueText.Format(position, text[.._nameWidth]);
        if (_valueUntil[strip] == 0)
            _showingValues++;
        _valueUntil[strip] = now + _holdTicks;
        _shadow.SetCell(1, strip, text[..n]);
    }

    /// <summary>Puts the resting text back on strips whose hold time has passed.</summary>
    public void Expire(long now)
    {
        if (_showingValues == 0)
            return;
        for (var s = 0; s < _valueUntil.Length; s++)
        {
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

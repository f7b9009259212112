namespace ControlSurface.Pi.Outputs;

/// <summary>A text panel (HD44780 LCD or SSD1306 OLED) split into equal-width columns, one per strip; each row is one display line.</summary>
/// <remarks>
/// Texts are kept per (strip, line) slot, latest wins; <see cref="Flush"/> writes at most one slot per poll, because a
/// 20-character write through a PCF8574 backpack takes several milliseconds (an OLED slot about one) and must not
/// stall the motor loop.
/// </remarks>
internal sealed class StripDisplay : IDisposable
{
    private readonly ITextPanel _panel;
    private readonly string?[] _pending;
    private int _next;

    public StripDisplay(ITextPanel panel, int strips)
    {
        _panel = panel;
        Strips = strips;
        Rows = panel.Rows;
        Width = panel.Columns / strips;
        _pending = new string?[strips * Rows];
        panel.Clear();
    }

    /// <summary>Strips side by side.</summary>
    public int Strips { get; }

    /// <summary>Lines per strip.</summary>
    public int Rows { get; }

    /// <summary>Characters per strip line.</summary>
    public int Width { get; }

    /// <summary>Queues <paramref name="text"/> for line <paramref name="line"/> of <paramref name="strip"/>; false when out of range.</summary>
    public bool Set(int strip, int line, string text)
    {
        if ((uint)strip >= (uint)Strips || (uint)line >= (uint)Rows)
            return false;
        Volatile.Write(ref _pending[line * Strips + strip], text);
        return true;
    }

    /// <summary>Writes the next waiting slot, if any.</summary>
    public void Flush()
    {
        for (var n = 0; n < _pending.Length; n++)
        {
            var slot = (_next + n) % _pending.Length;
            var text = Interlocked.Exchange(ref _pending[slot], null);
            if (text is null)
                continue;
            _next = slot + 1;
            Span<char> cells = stackalloc char[Width];
            cells.Fill(' ');
            text.AsSpan(0, Math.Min(text.Length, Width)).CopyTo(cells);
            _panel.Write(slot % Strips * Width, slot / Strips, cells);
            return;
        }
    }

    public void Dispose() => _panel.Dispose();
}

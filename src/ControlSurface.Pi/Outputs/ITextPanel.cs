namespace ControlSurface.Pi.Outputs;

/// <summary>A character grid a <see cref="StripDisplay"/> writes into: an HD44780 LCD or an SSD1306 OLED drawn in a 6×8 font.</summary>
internal interface ITextPanel : IDisposable
{
    /// <summary>Characters per line.</summary>
    int Columns { get; }

    /// <summary>Lines.</summary>
    int Rows { get; }

    /// <summary>Blanks the whole panel.</summary>
    void Clear();

    /// <summary>Writes <paramref name="text"/> starting at (<paramref name="column"/>, <paramref name="row"/>); it must fit on the line.</summary>
    void Write(int column, int row, ReadOnlySpan<char> text);
}

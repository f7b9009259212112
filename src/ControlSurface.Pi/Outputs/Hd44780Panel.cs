using Iot.Device.CharacterLcd;

namespace ControlSurface.Pi.Outputs;

/// <summary>An HD44780 character LCD (through its binding) as a text panel.</summary>
internal sealed class Hd44780Panel(Hd44780 lcd, int columns, int rows) : ITextPanel
{
    public int Columns { get; } = columns;

    public int Rows { get; } = rows;

    public void Clear() => lcd.Clear();

    public void Write(int column, int row, ReadOnlySpan<char> text)
    {
        lcd.SetCursorPosition(column, row);
        lcd.Write(text);
    }

    public void Dispose() => lcd.Dispose();
}

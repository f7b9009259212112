using ControlSurface.Pi.Outputs;
using ControlSurface.Pi.Tests.Fakes;

namespace ControlSurface.Pi.Tests.Outputs;

public sealed class Ssd1306PanelTests
{
    internal static byte[] Glyph(char c)
    {
        var cell = new byte[OledFont.CellWidth];
        OledFont.Render(c, cell);
        return cell;
    }

    [Fact]
    public void New_ThroughTheBinding_InitialisesAndTurnsTheDisplayOn()
    {
        var oled = new FakeSsd1306();

        using var panel = new Ssd1306Panel(oled, 128, 32);

        Assert.True(oled.DisplayOn);
        Assert.Equal(0, oled.UnknownCommands);
        Assert.Equal((21, 4), (panel.Columns, panel.Rows));
    }

    [Fact]
    public void Write_Text_LandsInItsCellsOfThatPage()
    {
        var oled = new FakeSsd1306(height: 64);
        using var panel = new Ssd1306Panel(oled, 128, 64);

        panel.Write(7, 5, "Vox 3");

        Assert.Equal("       Vox 3         ", oled.Text(5, Glyph));
        Assert.Equal(new string(' ', 21), oled.Text(4, Glyph));
        Assert.Equal(new string(' ', 21), oled.Text(6, Glyph));
    }

    [Fact]
    public void Write_PastTheLastColumn_IsCutAtTheEdge()
    {
        var oled = new FakeSsd1306();
        using var panel = new Ssd1306Panel(oled, 128, 32);

        panel.Write(18, 0, "Overheads");

        Assert.Equal("                  Ove", oled.Text(0, Glyph));
        Assert.False(oled.Pixel(127, 3)); // columns 126-127 (past the last whole cell) stay dark
    }

    [Fact]
    public void Write_CharacterOutsideAscii_DrawsAQuestionMark()
    {
        var oled = new FakeSsd1306();
        using var panel = new Ssd1306Panel(oled, 128, 32);

        panel.Write(0, 1, "Dö");

        Assert.StartsWith("D?", oled.Text(1, Glyph));
    }

    [Fact]
    public void Font_EveryPrintableCharacter_HasItsOwnGlyph()
    {
        var seen = new Dictionary<string, char>();
        for (var c = ' '; c <= '~'; c++)
        {
            var key = Convert.ToHexString(Glyph(c));
            Assert.False(seen.TryGetValue(key, out var other), $"'{c}' looks like '{other}'");
            seen[key] = c;
        }
        Assert.Equal(95, seen.Count);
    }
}

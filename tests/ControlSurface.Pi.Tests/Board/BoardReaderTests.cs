using System.Text;
using ControlSurface.Pi.Board;

namespace ControlSurface.Pi.Tests.Board;

public sealed class BoardReaderTests
{
    private static BoardException Fails(string json) =>
        Assert.Throws<BoardException>(() => BoardReader.Parse(Encoding.UTF8.GetBytes(json), "board.json"));

    [Fact]
    public void Parse_ReferenceBoard_ReadsEveryPart()
    {
        var board = BoardReader.Parse(Encoding.UTF8.GetBytes(PiRig.BoardJson));

        Assert.Equal(7, board.Chips.Count);
        Assert.Equal(0x48, board.Chip("pots")!.Address);
        Assert.Equal(ChipKind.Ws2812, board.Chip("leds")!.Kind);
        Assert.Equal(new MotorSpec("pwm", 0, 5, 6, "faders[0].motor"), board.Faders[0].Motor);
        Assert.Equal(12, board.Buttons[2].Pin);
        Assert.Equal(0xFF0000, board.Leds[0].Color);
        Assert.Equal(4, board.Display!.Strips);
    }

    [Fact]
    public void Parse_UnknownChip_NamesItWithLineAndColumn()
    {
        var e = Fails("""
            {
              "chips": [
                { "id": "adc", "type": "ads1116", "address": 72 }
              ]
            }
            """);

        var error = Assert.Single(e.Errors);
        Assert.Equal((3, 28), (error.Line, error.Column));
        Assert.Equal("chips[0].type", error.Path);
        Assert.Contains("unknown chip 'ads1116'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("board description: board.json:3:28: chips[0].type: unknown chip 'ads1116' (known: ads1115,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AddressTakenTwice_PointsAtTheSecondAndNamesTheFirst()
    {
        var e = Fails("""
            { "chips": [
                { "id": "a", "type": "ads1115", "address": "0x48" },
                { "id": "b", "type": "ads1115", "address": 72 } ] }
            """);

        var error = Assert.Single(e.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("chips[1].address", error.Path);
        Assert.Equal("I2C address 0x48 on bus 1 is already used by chip 'a' (chips[0].address, line 2)", error.Message);
    }

    [Fact]
    public void Parse_PinUsedTwice_NamesBothUses()
    {
        var e = Fails("""
            { "buttons": [ { "button": 0, "pin": 22 } ],
              "encoders": [ { "encoder": 0, "pinA": 23, "pinB": 22 } ] }
            """);

        var error = Assert.Single(e.Errors);
        Assert.Equal("encoders[0].pinB", error.Path);
        Assert.Equal("GPIO22 is already used by buttons[0] (buttons[0].pin, line 1)", error.Message);
    }

    [Fact]
    public void Parse_ButtonOnAnI2cPin_IsCaught()
    {
        var e = Fails("""
            { "chips": [ { "id": "t", "type": "mpr121", "address": "0x5A" } ],
              "buttons": [ { "button": 0, "pin": 3 } ] }
            """);

        Assert.Contains(e.Errors, x => x.Path == "buttons[0].pin" && x.Message.StartsWith("GPIO3 is already used by bus i2c1", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LedChainSharingItsSpiBus_IsCaught()
    {
        var e = Fails("""
            { "chips": [
                { "id": "adc", "type": "mcp3008", "bus": 0, "chipSelect": 0 },
                { "id": "leds", "type": "ws2812", "bus": 0, "chipSelect": 1, "count": 8 } ] }
            """);

        var error = Assert.Single(e.Errors);
        Assert.Equal("chips[0].bus", error.Path);
        Assert.Contains("listens to every byte on MOSI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongChipForTheRole_SaysWhatIsNeeded()
    {
        var e = Fails("""
            { "chips": [ { "id": "pwm", "type": "pca9685", "address": "0x40" } ],
              "faders": [ { "fader": 0, "adc": "pwm", "channel": 0 } ] }
            """);

        Assert.Equal("chip 'pwm' is a pca9685; this needs a ads1115 or mcp3008", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void Parse_ChannelBeyondTheChip_IsCaught()
    {
        var e = Fails("""
            { "chips": [ { "id": "a", "type": "ads1115", "address": "0x48" } ],
              "faders": [ { "fader": 0, "adc": "a", "channel": 4 } ] }
            """);

        Assert.Equal("ads1115 'a' has channels 0..3, not 4", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsAllInFileOrder()
    {
        var e = Fails("""
            { "chips": [ { "id": "a", "type": "ads1115", "address": "0x10" } ],
              "faders": [ { "fader": 0, "adc": "nope", "channel": 0 }, { "fader": 0, "adc": "a", "channel": 1 } ] }
            """);

        Assert.Equal(["chips[0].address", "faders[0].adc", "faders[1].fader"], e.Errors.Select(x => x.Path));
        Assert.Contains("a ads1115 answers on 0x48..0x4B, not 0x10", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("no chip with id 'nope'", e.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("fader 0 is already used", e.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspelledProperty_IsAnErrorNotIgnored()
    {
        var e = Fails("""{ "chips": [ { "id": "a", "type": "ads1115", "adress": "0x48" } ] }""");

        Assert.Equal(["chips[0]", "chips[0].adress"], e.Errors.Select(x => x.Path));
        Assert.Equal("missing 'address'", e.Errors[0].Message);
        Assert.StartsWith("unknown property 'adress' (expected one of: id, type, bus, address,", e.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenJson_GivesLineAndColumn()
    {
        var e = Fails("{\n  \"chips\": [ { \"id\": \"a\" \"type\": \"x\" } ]\n}");

        var error = Assert.Single(e.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Mistake_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"board-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "chips": [ { "id": "x", "type": "nope" } ] }""");
        try
        {
            var e = Assert.Throws<BoardException>(() => BoardReader.ReadFile(path));

            Assert.StartsWith($"board description: {path}:1:", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_Oled_GivesTextCellsFromPixels()
    {
        var board = BoardReader.Parse(Encoding.UTF8.GetBytes("""
            { "chips": [ { "id": "oled", "type": "ssd1306", "address": "0x3C", "height": 64 } ], "display": { "chip": "oled", "strips": 3 } }
            """), "board.json");

        var oled = board.Chip("oled")!;
        Assert.Equal((128, 64, 21, 8), (oled.Width, oled.Height, oled.Columns, oled.Rows));
        Assert.True(oled.IsI2c);
    }

    [Fact]
    public void Parse_OledOfUnsupportedHeight_SaysWhere()
    {
        var e = Fails("""
            { "chips": [ { "id": "oled", "type": "ssd1306", "address": "0x3C", "height": 48 } ] }
            """);

        var error = Assert.Single(e.Errors);
        Assert.Equal("chips[0].height", error.Path);
        Assert.Equal("an SSD1306 is 32 or 64 pixels high, not 48", error.Message);
    }

    [Fact]
    public void Parse_DisplayOnAnAdc_NamesBothDisplayChips()
    {
        var e = Fails("""
            { "chips": [ { "id": "adc", "type": "mcp3008" } ], "display": { "chip": "adc" } }
            """);

        Assert.Equal("chip 'adc' is a mcp3008; this needs a hd44780 or ssd1306", Assert.Single(e.Errors).Message);
    }
}

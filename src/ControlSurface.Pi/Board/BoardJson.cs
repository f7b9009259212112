using System.Globalization;
using System.Text.Json;

namespace ControlSurface.Pi.Board;

/// <summary>Maps the JSON tree of a board description to records, noting each shape problem by path.</summary>
internal sealed class BoardJson(List<(string Path, string Message)> problems)
{
    private const int Missing = int.MinValue;

    public BoardDescription Board(JsonElement root)
    {
        if (!Expect(root, "", JsonValueKind.Object))
            return new BoardDescription(null, [], [], [], [], [], [], null);
        Known(root, "", "gpioChip", "chips", "faders", "buttons", "encoders", "pads", "leds", "display");
        int? gpioChip = root.TryGetProperty("gpioChip", out var g) ? Int(g, "gpioChip", 0, 64) : null;
        var display = root.TryGetProperty("display", out var d) ? Display(d, "display") : null;
        return new BoardDescription(
            gpioChip,
            List(root, "chips", Chip),
            List(root, "faders", Fader),
            List(root, "buttons", Button),
            List(root, "encoders", Encoder),
            List(root, "pads", Pad),
            List(root, "leds", Led),
            display);
    }

    private ChipSpec? Chip(JsonElement e, string path)
    {
        Known(e, path, "id", "type", "bus", "address", "chipSelect", "interruptPin", "count", "columns", "rows", "frequency", "width", "height");
        var id = Str(e, path, "id");
        var type = Str(e, path, "type");
        if (id is null || type is null)
            return null;
        if (!BoardReader.TryParseChipKind(type, out var kind))
        {
            problems.Add(($"{path}.type", $"unknown chip '{type}' (known: {string.Join(", ", Enum.GetNames<ChipKind>()).ToLowerInvariant()})"));
            return null;
        }
        var i2c = kind is ChipKind.Ads1115 or ChipKind.Pca9685 or ChipKind.Mpr121 or ChipKind.Mcp23017 or ChipKind.Hd44780 or ChipKind.Ssd1306;
        var bus = OptInt(e, path, "bus", 0, 31, i2c ? 1 : 0);
        var address = i2c ? ReqInt(e, path, "address", 0x03, 0x77) : Forbid(e, path, "address", "an SPI chip has no I2C address");
        var chipSelect = i2c ? Forbid(e, path, "chipSelect", "an I2C chip has no chip select") : OptInt(e, path, "chipSelect", 0, 3, 0);
        var interrupt = OptInt(e, path, "interruptPin", 0, 53, -1);
        var count = kind == ChipKind.Ws2812 ? ReqInt(e, path, "count", 1, 1024) : 0;
        var columns = kind == ChipKind.Hd44780 ? OptInt(e, path, "columns", 8, 40, 20) : 0;
        var rows = kind == ChipKind.Hd44780 ? OptInt(e, path, "rows", 1, 4, 4) : 0;
        var frequency = kind == ChipKind.Pca9685 ? OptInt(e, path, "frequency", 24, 1526, 1500) : 0;
        var (width, height) = kind == ChipKind.Ssd1306 ? OledSize(e, path) : (0, 0);
        if (kind == ChipKind.Ssd1306)
            (columns, rows) = (width / 6, height / 8);
        return new ChipSpec(id, kind, bus, address, chipSelect, interrupt, count, columns, rows, frequency, path, width, height);
    }

    private (int Width, int Height) OledSize(JsonElement e, string path)
    {
        var width = OptInt(e, path, "width", 128, 128, 128);
        var height = OptInt(e, path, "height", 32, 64, 32);
        if (height is not (32 or 64))
            problems.Add(($"{path}.height", $"an SSD1306 is 32 or 64 pixels high, not {height}"));
        return (width, height);
    }

    private FaderSpec? Fader(JsonElement e, string path)
    {
        Known(e, path, "fader", "adc", "channel", "rawMin", "rawMax", "motor", "touch");
        var fader = ReqInt(e, path, "fader", 0, 255);
        var adc = Str(e, path, "adc");
        var channel = ReqInt(e, path, "channel", 0, 15);
        int? rawMin = e.TryGetProperty("rawMin", out var lo) ? Int(lo, $"{path}.rawMin", 0, 32767) : null;
        int? rawMax = e.TryGetProperty("rawMax", out var hi) ? Int(hi, $"{path}.rawMax", 0, 32767) : null;
        var motor = e.TryGetProperty("motor", out var m) ? Motor(m, $"{path}.motor") : null;
        var touch = e.TryGetProperty("touch", out var t) ? Electrode(t, $"{path}.touch") : null;
        return adc is null ? null : new FaderSpec(fader, adc, channel, rawMin, rawMax, motor, touch, path);
    }

    private MotorSpec? Motor(JsonElement e, string path)
    {
        if (!Expect(e, path, JsonValueKind.Object))
            return null;
        Known(e, path, "pwm", "channel", "in1", "in2");
        var pwm = Str(e, path, "pwm");
        var channel = ReqInt(e, path, "channel", 0, 15);
        var in1 = ReqInt(e, path, "in1", 0, 53);
        var in2 = ReqInt(e, path, "in2", 0, 53);
        return pwm is null ? null : new MotorSpec(pwm, channel, in1, in2, path);
    }

    private ElectrodeRef? Electrode(JsonElement e, string path)
    {
        if (!Expect(e, path, JsonValueKind.Object))
            return null;
        Known(e, path, "chip", "electrode");
        var chip = Str(e, path, "chip");
        var electrode = ReqInt(e, path, "electrode", 0, 11);
        return chip is null ? null : new ElectrodeRef(chip, electrode, path);
    }

    private ButtonSpec? Button(JsonElement e, string path)
    {
        Known(e, path, "button", "chip", "pin");
        var chip = e.TryGetProperty("chip", out _) ? Str(e, path, "chip") : null;
        return new ButtonSpec(ReqInt(e, path, "button", 0, 255), chip, ReqInt(e, path, "pin", 0, 53), path);
    }

    private EncoderSpec? Encoder(JsonElement e, string path)
    {
        Known(e, path, "encoder", "pinA", "pinB");
        return new EncoderSpec(ReqInt(e, path, "encoder", 0, 255), ReqInt(e, path, "pinA", 0, 53), ReqInt(e, path, "pinB", 0, 53), path);
    }

    private PadSpec? Pad(JsonElement e, string path)
    {
        Known(e, path, "pad", "touch");
        var pad = ReqInt(e, path, "pad", 0, 255);
        if (!e.TryGetProperty("touch", out var t))
        {
            problems.Add((path, "missing 'touch' (the electrode this pad is)"));
            return null;
        }
        var touch = Electrode(t, $"{path}.touch");
        return touch is null ? null : new PadSpec(pad, touch, path);
    }

    private LedSpec? Led(JsonElement e, string path)
    {
        Known(e, path, "led", "chip", "index", "color");
        var chip = Str(e, path, "chip");
        var color = OptInt(e, path, "color", 0, 0xFFFFFF, 0xFFFFFF);
        var led = new LedSpec(ReqInt(e, path, "led", 0, 1023), chip ?? "", ReqInt(e, path, "index", 0, 1023), color, path);
        return chip is null ? null : led;
    }

    private DisplaySpec? Display(JsonElement e, string path)
    {
        if (!Expect(e, path, JsonValueKind.Object))
            return null;
        Known(e, path, "chip", "strips");
        var chip = Str(e, path, "chip");
        var strips = OptInt(e, path, "strips", 1, 16, 1);
        return chip is null ? null : new DisplaySpec(chip, strips, path);
    }

    private List<T> List<T>(JsonElement root, string name, Func<JsonElement, string, T?> item)
        where T : class
    {
        var result = new List<T>();
        if (!root.TryGetProperty(name, out var array) || !Expect(array, name, JsonValueKind.Array))
            return result;
        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            var path = $"{name}[{i++}]";
            if (Expect(e, path, JsonValueKind.Object) && item(e, path) is { } value)
                result.Add(value);
        }
        return result;
    }

    private bool Expect(JsonElement e, string path, JsonValueKind kind)
    {
        if (e.ValueKind == kind)
            return true;
        problems.Add((path, $"expected {(kind == JsonValueKind.Object ? "an object" : "an array")}, found {e.ValueKind.ToString().ToLowerInvariant()}"));
        return false;
    }

    private void Known(JsonElement e, string path, params string[] names)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (Array.IndexOf(names, p.Name) < 0)
                problems.Add(($"{Join(path, p.Name)}", $"unknown property '{p.Name}' (expected one of: {string.Join(", ", names)})"));
        }
    }

    private string? Str(JsonElement e, string path, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            problems.Add((path, $"missing '{name}'"));
            return null;
        }
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s)
            return s;
        problems.Add((Join(path, name), "expected a non-empty string"));
        return null;
    }

    private int ReqInt(JsonElement e, string path, string name, int min, int max)
    {
        if (e.TryGetProperty(name, out var v))
            return Int(v, Join(path, name), min, max);
        problems.Add((path, $"missing '{name}'"));
        return Missing;
    }

    private int OptInt(JsonElement e, string path, string name, int min, int max, int fallback) =>
        e.TryGetProperty(name, out var v) ? Int(v, Join(path, name), min, max) : fallback;

    private int Forbid(JsonElement e, string path, string name, string why)
    {
        if (e.TryGetProperty(name, out _))
            problems.Add((Join(path, name), why));
        return -1;
    }

    private int Int(JsonElement v, string path, int min, int max)
    {
        int value;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out value)) { }
        else if (v.ValueKind == JsonValueKind.String && v.GetString() is { } s && s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                 && int.TryParse(s.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value)) { }
        else
        {
            problems.Add((path, "expected a whole number (or a \"0x..\" hex string)"));
            return Missing;
        }
        if (value >= min && value <= max)
            return value;
        problems.Add((path, $"{value} is out of range {min}..{max}"));
        return Missing;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}

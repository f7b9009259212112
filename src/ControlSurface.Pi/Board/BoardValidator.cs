namespace ControlSurface.Pi.Board;

/// <summary>Checks that a board can exist: no address, pin, channel or control number claimed twice, and every reference fits its chip.</summary>
internal static class BoardValidator
{
    /// <summary>Adds one (path, message) per mistake to <paramref name="problems"/>; <paramref name="where"/> formats another path's position for "already used by" messages.</summary>
    public static void Validate(BoardDescription board, List<(string Path, string Message)> problems, Func<string, string>? where = null)
    {
        where ??= p => p;
        var claims = new Claims(problems, where);
        foreach (var c in board.Chips)
        {
            claims.Claim($"chip id '{c.Id}'", $"{c.Path}.id", $"chip '{c.Id}'");
            if (c.IsI2c)
            {
                CheckAddressRange(c, problems);
                claims.Claim($"I2C address 0x{c.Address:X2} on bus {c.Bus}", $"{c.Path}.address", $"chip '{c.Id}'");
                ClaimBusPins(claims, $"i2c{c.Bus}", c.Bus == 1 ? [2, 3] : [], c);
            }
            else
            {
                claims.Claim($"SPI bus {c.Bus} chip select {c.ChipSelect}", $"{c.Path}.chipSelect", $"chip '{c.Id}'");
                ClaimBusPins(claims, $"spi{c.Bus}", SpiPins(c.Bus), c);
                int[] ce = c.Bus == 0 ? [8, 7] : c.Bus == 1 ? [18, 17, 16] : [];
                if (c.ChipSelect < ce.Length)
                    claims.Claim(Pin(ce[c.ChipSelect]), $"{c.Path}.chipSelect", $"SPI{c.Bus} CE{c.ChipSelect} of chip '{c.Id}'");
            }
            if (c.InterruptPin >= 0)
                claims.Claim(Pin(c.InterruptPin), $"{c.Path}.interruptPin", $"the interrupt line of chip '{c.Id}'");
        }
        foreach (var led in board.Chips.Where(c => c.Kind == ChipKind.Ws2812))
        {
            // The chain has no chip select: it takes every byte on MOSI as pixel data.
            foreach (var other in board.Chips.Where(c => !c.IsI2c && c.Bus == led.Bus && c != led))
                problems.Add(($"{other.Path}.bus", $"SPI bus {led.Bus} drives the WS2812 chain '{led.Id}' ({where(led.Path)}), which listens to every byte on MOSI; put '{other.Id}' on another SPI bus"));
        }
        foreach (var f in board.Faders)
        {
            claims.Claim($"fader {f.Fader}", $"{f.Path}.fader", f.Path);
            if (Expect(board, f.Adc, $"{f.Path}.adc", problems, ChipKind.Ads1115, ChipKind.Mcp3008) is { } adc)
            {
                var channels = adc.Kind == ChipKind.Ads1115 ? 4 : 8;
                if (f.Channel >= channels)
                    problems.Add(($"{f.Path}.channel", $"{adc.Kind.ToString().ToLowerInvariant()} '{adc.Id}' has channels 0..{channels - 1}, not {f.Channel}"));
                claims.Claim($"channel {f.Channel} of '{adc.Id}'", $"{f.Path}.channel", $"{f.Path}");
            }
            if (f.RawMin is { } lo && f.RawMax is { } hi && lo >= hi)
                problems.Add(($"{f.Path}.rawMax", $"rawMax ({hi}) must be above rawMin ({lo})"));
            if (f.Motor is { } m)
            {
                if (Expect(board, m.Pwm, $"{m.Path}.pwm", problems, ChipKind.Pca9685) is { } pwm)
                    claims.Claim($"channel {m.Channel} of '{pwm.Id}'", $"{m.Path}.channel", $"{m.Path}");
                claims.Claim(Pin(m.In1), $"{m.Path}.in1", $"IN1 of {m.Path}");
                claims.Claim(Pin(m.In2), $"{m.Path}.in2", $"IN2 of {m.Path}");
            }
            if (f.Touch is { } t)
                ClaimElectrode(board, t, claims, problems);
        }
        foreach (var b in board.Buttons)
        {
            claims.Claim($"button {b.Button}", $"{b.Path}.button", b.Path);
            if (b.Chip is null)
                claims.Claim(Pin(b.Pin), $"{b.Path}.pin", b.Path);
            else if (Expect(board, b.Chip, $"{b.Path}.chip", problems, ChipKind.Mcp23017) is { } io)
            {
                if (b.Pin > 15)
                    problems.Add(($"{b.Path}.pin", $"mcp23017 '{io.Id}' has pins 0..15 (GPA0..7 = 0..7, GPB0..7 = 8..15), not {b.Pin}"));
                claims.Claim($"pin {b.Pin} of '{io.Id}'", $"{b.Path}.pin", b.Path);
            }
        }
        foreach (var e in board.Encoders)
        {
            claims.Claim($"encoder {e.Encoder}", $"{e.Path}.encoder", e.Path);
            claims.Claim(Pin(e.PinA), $"{e.Path}.pinA", $"A of {e.Path}");
            claims.Claim(Pin(e.PinB), $"{e.Path}.pinB", $"B of {e.Path}");
        }
        foreach (var p in board.Pads)
        {
            claims.Claim($"pad {p.Pad}", $"{p.Path}.pad", p.Path);
            ClaimElectrode(board, p.Touch, claims, problems);
        }
        foreach (var l in board.Leds)
        {
            claims.Claim($"led {l.Led}", $"{l.Path}.led", l.Path);
            if (Expect(board, l.Chip, $"{l.Path}.chip", problems, ChipKind.Ws2812) is { } chain)
            {
                if (l.Index >= chain.Count)
                    problems.Add(($"{l.Path}.index", $"ws2812 '{chain.Id}' has {chain.Count} LEDs (0..{chain.Count - 1}), not index {l.Index}"));
                claims.Claim($"pixel {l.Index} of '{chain.Id}'", $"{l.Path}.index", l.Path);
            }
        }
        if (board.Display is { } d && Expect(board, d.Chip, $"{d.Path}.chip", problems, ChipKind.Hd44780, ChipKind.Ssd1306) is { } lcd && d.Strips > lcd.Columns)
            problems.Add(($"{d.Path}.strips", $"{d.Strips} strips do not fit on {lcd.Columns} columns"));
    }

    private static string Pin(int gpio) => $"GPIO{gpio}";

    private static int[] SpiPins(int bus) => bus switch
    {
        0 => [9, 10, 11],
        1 => [19, 20, 21],
        _ => [],
    };

    private static void ClaimBusPins(Claims claims, string bus, int[] pins, ChipSpec chip)
    {
        // Chips share a bus, so the bus pins are claimed once per bus, by the bus, not per chip.
        foreach (var p in pins)
            claims.Share(Pin(p), $"{chip.Path}.bus", $"bus {bus}");
    }

    private static void ClaimElectrode(BoardDescription board, ElectrodeRef t, Claims claims, List<(string Path, string Message)> problems)
    {
        if (Expect(board, t.Chip, $"{t.Path}.chip", problems, ChipKind.Mpr121) is { } touch)
            claims.Claim($"electrode {t.Electrode} of '{touch.Id}'", $"{t.Path}.electrode", t.Path);
    }

    private static ChipSpec? Expect(BoardDescription board, string id, string path, List<(string Path, string Message)> problems, params ChipKind[] kinds)
    {
        var chip = board.Chip(id);
        var wanted = string.Join(" or ", kinds.Select(k => k.ToString().ToLowerInvariant()));
        if (chip is null)
        {
            problems.Add((path, $"no chip with id '{id}' (this needs a {wanted})"));
            return null;
        }
        if (Array.IndexOf(kinds, chip.Kind) >= 0)
            return chip;
        problems.Add((path, $"chip '{id}' is a {chip.Kind.ToString().ToLowerInvariant()}; this needs a {wanted}"));
        return null;
    }

    private static void CheckAddressRange(ChipSpec c, List<(string Path, string Message)> problems)
    {
        (int Lo, int Hi, int Lo2, int Hi2) range = c.Kind switch
        {
            ChipKind.Ads1115 => (0x48, 0x4B, 0, -1),
            ChipKind.Pca9685 => (0x40, 0x7F, 0, -1),
            ChipKind.Mpr121 => (0x5A, 0x5D, 0, -1),
            ChipKind.Mcp23017 => (0x20, 0x27, 0, -1),
            _ => (0x20, 0x27, 0x38, 0x3F), // PCF8574 and PCF8574A backpacks
        };
        var ok = (c.Address >= range.Lo && c.Address <= range.Hi) || (c.Address >= range.Lo2 && c.Address <= range.Hi2);
        if (!ok)
        {
            var extra = range.Hi2 > 0 ? $" or 0x{range.Lo2:X2}..0x{range.Hi2:X2}" : "";
            problems.Add(($"{c.Path}.address", $"a {c.Kind.ToString().ToLowerInvariant()} answers on 0x{range.Lo:X2}..0x{range.Hi:X2}{extra}, not 0x{c.Address:X2}"));
        }
    }
}

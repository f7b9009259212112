using System.Device.Spi;
using System.Drawing;
using ControlSurface.Pi.Board;
using ControlSurface.Pi.Buses;
using ControlSurface.Pi.Inputs;
using ControlSurface.Pi.Motors;
using ControlSurface.Pi.Outputs;
using Iot.Device.Adc;
using Iot.Device.Ads1115;
using Iot.Device.CharacterLcd;
using Iot.Device.Pwm;
using Iot.Device.Ws28xx;

namespace ControlSurface.Pi;

/// <summary>Opens the chips a validated board names, through the real bindings on the injected buses.</summary>
internal static class PiHardwareBuilder
{
    /// <summary>Full scale of a 3.3 V wiper: the ADS1115 at ±4.096 V reads 3.3/4.096 × 32767; the MCP3008 at Vref 3.3 V reads 1023.</summary>
    public static int DefaultRawMax(ChipKind adc) => adc == ChipKind.Ads1115 ? 26400 : 1023;

    public static PiHardware Open(BoardDescription board, IPiBuses buses, PiSurfaceOptions options)
    {
        var hw = new PiHardware();
        try
        {
            Build(board, buses, options, hw);
            return hw;
        }
        catch
        {
            hw.Dispose();
            throw;
        }
    }

    private static void Build(BoardDescription board, IPiBuses buses, PiSurfaceOptions options, PiHardware hw)
    {
        var ads = new Dictionary<string, Ads1115>();
        var mcp = new Dictionary<string, Mcp3008>();
        var pwm = new Dictionary<string, Pca9685>();
        var touch = new Dictionary<string, int>();
        foreach (var c in board.Chips)
        {
            switch (c.Kind)
            {
                case ChipKind.Ads1115:
                    ads[c.Id] = Own(hw, new Ads1115(buses.OpenI2c(c.Bus, c.Address), InputMultiplexer.AIN0, MeasuringRange.FS4096, DataRate.SPS860, DeviceMode.PowerDown));
                    break;
                case ChipKind.Mcp3008:
                    mcp[c.Id] = Own(hw, new Mcp3008(buses.OpenSpi(c.Bus, c.ChipSelect, 1_000_000, SpiMode.Mode0)));
                    break;
                case ChipKind.Pca9685:
                    pwm[c.Id] = Own(hw, new Pca9685(buses.OpenI2c(c.Bus, c.Address), c.FrequencyHz));
                    break;
                case ChipKind.Mpr121:
                    touch[c.Id] = hw.Touch.Count;
                    hw.Touch.Add((new TouchBank(buses.OpenI2c(c.Bus, c.Address)), Enumerable.Repeat(new TouchRole(-1, -1), 12).ToArray()));
                    break;
                case ChipKind.Mcp23017:
                    var wiring = board.Buttons.Where(b => b.Chip == c.Id).Select(b => (b.Button, b.Pin)).ToList();
                    if (wiring.Count > 0)
                        hw.Expanders.Add(new ExpanderButtons(buses.OpenI2c(c.Bus, c.Address), buses.Gpio, c.InterruptPin, wiring));
                    break;
                case ChipKind.Ws2812:
                    var strip = new Ws2812b(buses.OpenSpi(c.Bus, c.ChipSelect, 2_400_000, SpiMode.Mode0), c.Count);
                    var ledAt = Enumerable.Repeat(-1, c.Count).ToArray();
                    foreach (var l in board.Leds.Where(l => l.Chip == c.Id))
                        ledAt[l.Index] = l.Led;
                    hw.LedChains.Add((new LedChain(strip, c.Count), ledAt));
                    break;
                case ChipKind.Hd44780:
                    if (board.Display?.Chip == c.Id)
                    {
                        var lcd = new Hd44780(new Size(c.Columns, c.Rows), LcdInterface.CreateI2c(buses.OpenI2c(c.Bus, c.Address), false));
                        hw.Display = new StripDisplay(new Hd44780Panel(lcd, c.Columns, c.Rows), board.Display.Strips);
                    }
                    break;
                case ChipKind.Ssd1306:
                    if (board.Display?.Chip == c.Id)
                        hw.Display = new StripDisplay(new Ssd1306Panel(buses.OpenI2c(c.Bus, c.Address), c.Width, c.Height), board.Display.Strips);
                    break;
            }
        }
        foreach (var f in board.Faders)
        {
            var kind = board.Chip(f.Adc)!.Kind;
            IAdcChannel channel = kind == ChipKind.Ads1115 ? new Ads1115Channel(ads[f.Adc], f.Channel) : new Mcp3008Channel(mcp[f.Adc], f.Channel);
            var input = new FaderInput(channel, f.RawMin ?? 0, f.RawMax ?? DefaultRawMax(kind), options.FaderDeadBand);
            MotorFaderLoop? loop = null;
            if (f.Motor is { } m)
                loop = new MotorFaderLoop(new MotorDriver(pwm[m.Pwm], m.Channel, buses.Gpio, m.In1, m.In2), options.Motor);
            if (f.Touch is { } t)
                hw.Touch[touch[t.Chip]].Roles[t.Electrode] = new TouchRole(f.Fader, -1);
            hw.Faders.Add(new FaderChannel(f.Fader, input, loop));
        }
        foreach (var p in board.Pads)
            hw.Touch[touch[p.Touch.Chip]].Roles[p.Touch.Electrode] = new TouchRole(-1, p.Pad);
        var pinButtons = board.Buttons.Where(b => b.Chip is null).Select(b => (b.Button, b.Pin)).ToList();
        if (pinButtons.Count > 0)
            hw.PinButtons = new PinButtons(buses.Gpio, pinButtons);
        foreach (var e in board.Encoders)
            hw.Encoders.Add(new EncoderInput(buses.Gpio, e.Encoder, e.PinA, e.PinB));
        hw.LedDefaultColor = new int[board.Leds.Count == 0 ? 0 : board.Leds.Max(l => l.Led) + 1];
        foreach (var l in board.Leds)
            hw.LedDefaultColor[l.Led] = l.Color;
    }

    private static T Own<T>(PiHardware hw, T part)
        where T : IDisposable
    {
        hw.Owned.Add(part);
        return part;
    }
}

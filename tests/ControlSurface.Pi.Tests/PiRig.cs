using System.Text;
using ControlSurface.Core.Surfaces;
using ControlSurface.Pi.Board;
using ControlSurface.Pi.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Pi.Tests;

/// <summary>A reference board with every chip faked at register level, the real bindings on top, and a fake clock.</summary>
public sealed class PiRig : IDisposable
{
    public const string BoardJson = """
        {
          // 2 faders (one motorised with a touch knob), a pot, 3 buttons, an encoder, a pad, 2 LEDs, a 20x2 LCD.
          "chips": [
            { "id": "adc", "type": "mcp3008", "bus": 0, "chipSelect": 0 },
            { "id": "pots", "type": "ads1115", "address": "0x48" },
            { "id": "pwm", "type": "pca9685", "address": "0x40" },
            { "id": "touch", "type": "mpr121", "address": "0x5A" },
            { "id": "io", "type": "mcp23017", "address": "0x20", "interruptPin": 17 },
            { "id": "leds", "type": "ws2812", "bus": 1, "count": 4 },
            { "id": "lcd", "type": "hd44780", "address": "0x27", "columns": 20, "rows": 2 }
          ],
          "faders": [
            { "fader": 0, "adc": "adc", "channel": 0,
              "motor": { "pwm": "pwm", "channel": 0, "in1": 5, "in2": 6 },
              "touch": { "chip": "touch", "electrode": 0 } },
            { "fader": 1, "adc": "pots", "channel": 1 }
          ],
          "buttons": [
            { "button": 0, "pin": 22 },
            { "button": 1, "chip": "io", "pin": 3 },
            { "button": 2, "chip": "io", "pin": 12 }
          ],
          "encoders": [ { "encoder": 0, "pinA": 23, "pinB": 24 } ],
          "pads": [ { "pad": 0, "touch": { "chip": "touch", "electrode": 4 } } ],
          "leds": [
            { "led": 0, "chip": "leds", "index": 0, "color": "0xFF0000" },
            { "led": 1, "chip": "leds", "index": 3 }
          ],
          "display": { "chip": "lcd", "strips": 4 }
        }
        """;

    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(2);

    public PiRig(string? json = null)
    {
        Board = BoardReader.Parse(Encoding.UTF8.GetBytes(json ?? BoardJson), "rig.json");
        Adc = Buses.Add(new FakeMcp3008(0, 0));
        Pots = Buses.Add(new FakeAds1115(1, 0x48));
        Pwm = Buses.Add(new FakePca9685(1, 0x40));
        Touch = Buses.Add(new FakeMpr121(1, 0x5A));
        Io = Buses.Add(new FakeMcp23017(1, 0x20, Buses.Pins, 17));
        Leds = Buses.Add(new FakeWs2812(1, 0));
        Lcd = Buses.Add(new FakeLcdBackpack(1, 0x27));
        Surface = PiSurface.Open(Board, Buses, e => { lock (Events) Events.Add(e); }, Time, PiSurfaceOptions.Default with { SurfaceIndex = 3 });
    }

    public BoardDescription Board { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public FakePiBuses Buses { get; } = new();
    public FakeMcp3008 Adc { get; }
    public FakeAds1115 Pots { get; }
    public FakePca9685 Pwm { get; }
    public FakeMpr121 Touch { get; }
    public FakeMcp23017 Io { get; }
    public FakeWs2812 Leds { get; }
    public FakeLcdBackpack Lcd { get; }
    public PiSurface Surface { get; }
    public List<ControlEvent> Events { get; } = [];

    /// <summary>Polls <paramref name="count"/> times, advancing the clock one tick after each.</summary>
    public void Run(int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            Surface.Poll();
            Time.Advance(Tick);
        }
    }

    /// <summary>Events of <paramref name="kind"/> posted so far, then forgets all events.</summary>
    public List<ControlEvent> Take(ControlEventKind kind)
    {
        lock (Events)
        {
            var found = Events.Where(e => e.Kind == kind).ToList();
            Events.Clear();
            return found;
        }
    }

    public void Dispose()
    {
        Surface.Dispose();
        Buses.Dispose();
    }
}

using System.Device.Gpio;
using ControlSurface.Core.Surfaces;
using ControlSurface.Pi.Board;
using ControlSurface.Pi.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Pi.Tests;

public sealed class PiSurfaceTests
{
    [Fact]
    public void Open_ReferenceBoard_DescribesItsLayoutAndStartsTheChips()
    {
        using var rig = new PiRig();

        Assert.Equal(new SurfaceLayout(2, true, true, 1, 3, 1, 2, 5), rig.Surface.Layout);
        Assert.Equal("pi", rig.Surface.Kind);
        Assert.NotEqual(0, rig.Touch.ElectrodeConfig);
        Assert.True(rig.Lcd.DisplayOn);
        Assert.Equal(3, rig.Pwm.Prescale); // round(25 MHz / (4096 × 1500 Hz)) - 1
        Assert.Contains((1, 0, 2_400_000, System.Device.Spi.SpiMode.Mode0), rig.Buses.SpiOpens);
    }

    [Fact]
    public void Poll_FaderMoved_PostsNormalisedPositionWithSurfaceIndex()
    {
        using var rig = new PiRig();
        rig.Adc.Set(0, 512);
        rig.Pots.SetVolts(1, 1.65);

        rig.Run();

        var moves = rig.Take(ControlEventKind.FaderMoved);
        Assert.Equal(2, moves.Count);
        Assert.Equal(3, moves[0].Surface);
        Assert.Equal(512 / 1023.0, moves[0].Value, 6);
        Assert.Equal(1, moves[1].Control);
        Assert.Equal(0.5, moves[1].Value, 3);
    }

    [Fact]
    public void Poll_NoiseInsideTheDeadBand_PostsNothing()
    {
        using var rig = new PiRig();
        rig.Adc.Set(0, 600);
        rig.Run();
        rig.Take(ControlEventKind.FaderMoved);

        rig.Adc.Set(0, 601);
        rig.Run();
        rig.Adc.Set(0, 599);
        rig.Run();

        Assert.Empty(rig.Take(ControlEventKind.FaderMoved));
    }

    [Fact]
    public void Poll_TouchOnKnobAndPad_PostsTouchAndPadEvents()
    {
        using var rig = new PiRig();
        rig.Run();
        rig.Events.Clear();

        rig.Touch.Touch(0, true);
        rig.Touch.Touch(4, true);
        rig.Run();
        rig.Touch.Touch(0, false);
        rig.Touch.Touch(4, false);
        rig.Run();

        Assert.Equal(
            [
                new ControlEvent(3, ControlEventKind.FaderTouched, 0, 1),
                new ControlEvent(3, ControlEventKind.PadHit, 0, 1),
                new ControlEvent(3, ControlEventKind.FaderReleased, 0, 0),
                new ControlEvent(3, ControlEventKind.PadPressure, 0, 0),
            ],
            rig.Events);
    }

    [Fact]
    public void Poll_PinButtonWithContactBounce_PostsOneDownAndOneUp()
    {
        using var rig = new PiRig();
        rig.Run();

        // Bounce shorter than the 5 ms lock-out, sampled every 2 ms poll.
        foreach (var level in new[] { PinValue.Low, PinValue.High, PinValue.Low })
        {
            rig.Buses.Pins.Drive(22, level);
            rig.Run();
        }
        rig.Run(5);
        rig.Buses.Pins.Drive(22, PinValue.High);
        rig.Run();
        rig.Buses.Pins.Drive(22, PinValue.Low);
        rig.Run();
        rig.Buses.Pins.Drive(22, PinValue.High);
        rig.Run(5);

        var down = rig.Events.Where(e => e.Kind == ControlEventKind.ButtonDown).ToList();
        var up = rig.Events.Where(e => e.Kind == ControlEventKind.ButtonUp).ToList();
        Assert.Equal([new ControlEvent(3, ControlEventKind.ButtonDown, 0, 1)], down);
        Assert.Equal([new ControlEvent(3, ControlEventKind.ButtonUp, 0, 0)], up);
    }

    [Fact]
    public void Poll_ExpanderButtonsOnBothPorts_ReadOnInterruptOnly()
    {
        using var rig = new PiRig();
        rig.Run(3);
        var idleReads = rig.Io.GpioReads;
        rig.Run(10);
        Assert.Equal(idleReads, rig.Io.GpioReads);

        rig.Io.Press(3, true);
        rig.Io.Press(12, true);
        rig.Run(5);
        rig.Io.Press(3, false);
        rig.Io.Press(12, false);
        rig.Run(5);

        Assert.Equal(
            [
                new ControlEvent(3, ControlEventKind.ButtonDown, 1, 1),
                new ControlEvent(3, ControlEventKind.ButtonDown, 2, 1),
                new ControlEvent(3, ControlEventKind.ButtonUp, 1, 0),
                new ControlEvent(3, ControlEventKind.ButtonUp, 2, 0),
            ],
            rig.Events.Where(e => e.Kind is ControlEventKind.ButtonDown or ControlEventKind.ButtonUp));
        Assert.Equal(PinValue.High, rig.Buses.Pins.Level(17));
    }

    [Fact]
    public void Poll_EncoderTurns_PostsSummedSignedSteps()
    {
        using var rig = new PiRig();
        rig.Run();

        Turn(rig, clockwise: true, detents: 3);
        rig.Run();
        var forward = rig.Take(ControlEventKind.EncoderTurned);
        Turn(rig, clockwise: false, detents: 2);
        rig.Run();
        var back = rig.Take(ControlEventKind.EncoderTurned);

        var f = Assert.Single(forward);
        var b = Assert.Single(back);
        Assert.Equal(3, Math.Abs(f.Value));
        Assert.Equal(-2 * Math.Sign(f.Value), b.Value);
    }

    [Fact]
    public void Send_LedOnAndBlink_DrivesTheChainWithColours()
    {
        using var rig = new PiRig();
        rig.Surface.Send(FeedbackCommand.Led(0, 1));
        rig.Surface.Send(FeedbackCommand.Led(1, 0.5, 0x00FF40));

        rig.Run();
        var first = (rig.Leds.Color(0), rig.Leds.Color(3));
        rig.Time.Advance(TimeSpan.FromMilliseconds(500));
        rig.Run();
        var second = rig.Leds.Color(3);

        Assert.Equal(0xFF0000, first.Item1);
        Assert.Equal(0x00FF40, first.Item2);
        Assert.Equal(0, second);
        Assert.Equal(0, rig.Leds.Color(1));
        Assert.Equal(0, rig.Leds.BadBits);
    }

    [Fact]
    public void Poll_NothingChanged_SendsNoLedFrame()
    {
        using var rig = new PiRig();
        rig.Run();
        var frames = rig.Leds.Frames;

        rig.Run(20);

        Assert.Equal(frames, rig.Leds.Frames);
    }

    [Fact]
    public void Send_Text_ShowsEachStripInItsColumns()
    {
        using var rig = new PiRig();

        rig.Surface.Send(FeedbackCommand.Display(1, 0, "Vocals"));
        rig.Surface.Send(FeedbackCommand.Display(3, 1, "Bass"));
        rig.Surface.Send(FeedbackCommand.Display(0, 0, "Kick"));
        rig.Run(3);

        Assert.Equal("Kick Vocal          ", rig.Lcd.Row(0));
        Assert.Equal("               Bass ", rig.Lcd.Row(1));
    }

    [Fact]
    public void Send_Text_OnAnOled_ReadsBackFromItsFramebuffer()
    {
        const string board = """
            {
              "chips": [
                { "id": "adc", "type": "mcp3008" },
                { "id": "oled", "type": "ssd1306", "address": "0x3C", "height": 32 }
              ],
              "faders": [ { "fader": 0, "adc": "adc", "channel": 0 }, { "fader": 1, "adc": "adc", "channel": 1 }, { "fader": 2, "adc": "adc", "channel": 2 } ],
              "display": { "chip": "oled", "strips": 3 }
            }
            """;
        var buses = new FakePiBuses();
        buses.Add(new FakeMcp3008(0, 0));
        var oled = buses.Add(new FakeSsd1306(1, 0x3C));
        using var surface = PiSurface.Open(BoardReader.Parse(System.Text.Encoding.UTF8.GetBytes(board), "oled.json"), buses, _ => { }, new FakeTimeProvider());

        surface.Send(FeedbackCommand.Display(0, 0, "Kick"));
        surface.Send(FeedbackCommand.Display(1, 0, "Snare"));
        surface.Send(FeedbackCommand.Display(2, 0, "Overheads"));
        surface.Send(FeedbackCommand.Display(2, 3, "-6.0"));
        for (var i = 0; i < 4; i++)
            surface.Poll();

        Assert.Equal((4, 7), (surface.Layout.DisplayLines, surface.Layout.DisplayCharacters));
        Assert.Equal("Kick   Snare  Overhea", oled.Text(0, Outputs.Ssd1306PanelTests.Glyph));
        Assert.Equal("              -6.0   ", oled.Text(3, Outputs.Ssd1306PanelTests.Glyph));
    }

    [Fact]
    public void TryPoll_BusError_IsCountedAndTheNextPollWorks()
    {
        using var rig = new PiRig();
        rig.Pots.FailNext = new IOException("Error 121 performing I2C data transfer.");

        var failed = rig.Surface.TryPoll();
        rig.Pots.SetVolts(1, 3.3);
        var recovered = rig.Surface.TryPoll();

        Assert.False(failed);
        Assert.True(recovered);
        Assert.Equal(1, rig.Surface.IoErrors);
        Assert.Contains("I2C", rig.Surface.LastError, StringComparison.Ordinal);
        Assert.Contains(rig.Take(ControlEventKind.FaderMoved), e => e.Control == 1 && e.Value == 1);
    }

    [Fact]
    public async Task RunAsync_OnTheFakeClock_PollsEachInterval()
    {
        using var rig = new PiRig();
        using var cts = new CancellationTokenSource();
        var run = rig.Surface.RunAsync(cts.Token);

        for (var i = 0; i < 5; i++)
            rig.Time.Advance(PiRig.Tick);
        await WaitFor(() => rig.Surface.Polls >= 5);
        await cts.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(rig.Surface.Polls >= 5);
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
            await Task.Delay(1, limit.Token);
    }

    /// <summary>One detent = one full quadrature cycle; clockwise means A leads B.</summary>
    private static void Turn(PiRig rig, bool clockwise, int detents)
    {
        var (first, second) = clockwise ? (23, 24) : (24, 23);
        for (var i = 0; i < detents; i++)
        {
            rig.Buses.Pins.Drive(first, PinValue.Low);
            rig.Buses.Pins.Drive(second, PinValue.Low);
            rig.Buses.Pins.Drive(first, PinValue.High);
            rig.Buses.Pins.Drive(second, PinValue.High);
        }
    }
}

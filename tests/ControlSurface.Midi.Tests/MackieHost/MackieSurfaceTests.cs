using ControlSurface.Core.Model;
using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.MackieHost;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Midi.Tests.MackieHost;

public sealed class MackieSurfaceTests : IAsyncDisposable
{
    private const string Query = "F0 00 00 66 14 00 F7";
    private const string Hello = "F0 00 00 66 14 01 31 32 33 34 35 36 37 00 00 00 00 F7";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly RecordingMidiPort _port = new();
    private readonly List<ControlEvent> _events = [];
    private readonly MackieSurface _surface;

    public MackieSurfaceTests()
    {
        _surface = Make(MackieSurfaceOptions.Mcu);
    }

    public ValueTask DisposeAsync() => _surface.DisposeAsync();

    private MackieSurface Make(MackieSurfaceOptions options) =>
        new("mcu", _port, e => _events.Add(e), _time, options) { SurfaceIndex = 2 };

    // FakeTimeProvider fires a periodic timer once per Advance at the final time; step like a real clock would.
    private void Advance(TimeSpan span)
    {
        for (var left = span; left > TimeSpan.Zero; left -= TimeSpan.FromMilliseconds(50))
            _time.Advance(left < TimeSpan.FromMilliseconds(50) ? left : TimeSpan.FromMilliseconds(50));
    }

    private void Play(string hex) => _surface.Receive(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal)));

    [Fact]
    public void Start_QueriesEverySecond_UntilTheUnitSaysHello()
    {
        _surface.Start();
        Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([Query, Query], _port.Sent);
        Assert.False(_surface.IsOnline);

        Play(Hello);
        _port.Clear();
        Advance(TimeSpan.FromSeconds(2));

        Assert.True(_surface.IsOnline);
        Assert.Equal(1, _surface.Hellos);
        Assert.DoesNotContain(Query, _port.Sent);
    }

    [Fact]
    public void Hello_PushesNamesFadersAndLedsShownWhileOffline()
    {
        _surface.Send(FeedbackCommand.Display(2, 0, "Kick"));
        _surface.Send(FeedbackCommand.FaderTarget(2, 1.0));
        _surface.Send(FeedbackCommand.Led(0x10, 1));
        _surface.Start();
        _port.Clear();

        Play(Hello);

        var sent = _port.Sent;
        Assert.StartsWith("F0 00 00 66 14 12 00 20 20 20 20 20 20 20 20 20 20 20 20 20 20 4B 69 63 6B 20", sent[0], StringComparison.Ordinal);
        Assert.Contains("90 10 7F", sent);
        Assert.Equal("E2 7F 7F", sent[^1]);
        Assert.Equal(1, _surface.StatePushes);
    }

    [Fact]
    public void HelloAgain_UnitWasPowerCycled_PushesEverythingAgain()
    {
        _surface.Start();
        Play(Hello);
        _surface.Send(FeedbackCommand.FaderTarget(0, 0.5));
        _port.Clear();

        Play(Hello);

        Assert.Equal(2, _surface.StatePushes);
        Assert.Contains("E0 00 40", _port.Sent);
    }

    [Fact]
    public void PortComesBack_QueriesAgain_AndPushesOnTheAnswer()
    {
        _surface.Start();
        Play(Hello);
        _port.IsConnected = false;
        Advance(TimeSpan.FromMilliseconds(50));
        Assert.False(_surface.IsOnline);
        _port.IsConnected = true;
        _port.Clear();

        Advance(TimeSpan.FromMilliseconds(50));
        Play(Hello);

        Assert.Equal(Query, _port.Sent[0]);
        Assert.True(_surface.IsOnline);
        Assert.Equal(2, _surface.StatePushes);
    }

    [Fact]
    public void NoAnswer_AfterThreeQueries_TakenAsOnlineAndPushed()
    {
        _surface.Start();

        Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(3, _port.Sent.Count(s => s == Query));
        Assert.True(_surface.IsOnline);
        Assert.Equal(1, _surface.StatePushes);
    }

    [Fact]
    public void AnyMessage_FromAQuietUnit_MakesItOnline()
    {
        _surface.Start();

        Play("90 5E 7F");

        Assert.True(_surface.IsOnline);
        Assert.Equal([new ControlEvent(2, ControlEventKind.ButtonDown, 0x5E, 1)], _events);
    }

    [Fact]
    public void Receive_FaderTouchVPotJogAndButtons_BecomeControlEvents()
    {
        // Touch fader 3, move it to the top with running status, release; V-Pot 2 one tick left; jog +3; Play up.
        Play("90 6B 7F E3 7F 7F 90 6B 00 B0 12 41 B0 3C 03 90 5E 7F 80 5E 00");

        Assert.Equal(
            [new(2, ControlEventKind.FaderTouched, 3, 1), new(2, ControlEventKind.FaderMoved, 3, 1.0), new(2, ControlEventKind.FaderReleased, 3, 0),
             new(2, ControlEventKind.EncoderTurned, 2, -1), new(2, ControlEventKind.EncoderTurned, MackieSurfaceMapping.JogWheel, 3),
             new(2, ControlEventKind.ButtonDown, 0x5E, 1), new(2, ControlEventKind.ButtonUp, 0x5E, 0)],
            _events);
    }

    [Fact]
    public void FaderMove_ShowsDbOnTheBottomLine_ThenTheRestingTextAfterTheHold()
    {
        _surface.Start();
        Play(Hello);
        _surface.Send(FeedbackCommand.Display(0, 1, "L50R50"));

        Play("E0 00 00");
        var before = _surface.LcdLine(1)[..7];
        Advance(TimeSpan.FromMilliseconds(50));
        var moving = _surface.LcdLine(1)[..7];
        Advance(TimeSpan.FromSeconds(1.4));
        var held = _surface.LcdLine(1)[..7];
        Advance(TimeSpan.FromSeconds(0.2));

        Assert.Equal("L50R50 ", before); // values go out on the next 50 ms tick, latest wins
        Assert.Equal("-inf   ", moving);
        Assert.Equal("-inf   ", held);
        Assert.Equal("L50R50 ", _surface.LcdLine(1)[..7]);
    }

    [Fact]
    public void RestingText_WhileAValueShows_WaitsForTheHoldToEnd()
    {
        _surface.Start();
        Play(Hello);
        var unity = (int)Math.Round(FaderTaper.UnityPosition * 16383);
        Play($"E1 {unity & 0x7F:X2} {unity >> 7:X2}");

        _surface.Send(FeedbackCommand.Display(1, 1, "C"));
        Advance(TimeSpan.FromMilliseconds(50));
        var during = _surface.LcdLine(1).Substring(7, 7);
        Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("0.0dB  ", during);
        Assert.Equal("C      ", _surface.LcdLine(1).Substring(7, 7));
    }

    [Fact]
    public void LongName_IsFittedToSixCharactersAndASpace()
    {
        _surface.Send(FeedbackCommand.Display(0, 0, "Backing Vocals"));

        Assert.Equal("BckVcl ", _surface.LcdLine(0)[..7]);
        Assert.Equal("F0 00 00 66 14 12 00 42 63 6B 56 63 6C 20 F7", _port.Sent[^1]);
    }

    [Fact]
    public async Task LogicControl_ChallengeIsAnswered_ConfirmationMakesItOnline()
    {
        await using var surface = Make(MackieSurfaceOptions.LogicControl);
        surface.Start();
        _port.Clear();

        surface.Receive(Convert.FromHexString("F0000066100131323334353637" + "01020304F7"));
        var reply = _port.Sent.Single();
        surface.Receive(Convert.FromHexString("F000006610033132333435363700F7"));

        Assert.Equal("F0 00 00 66 10 02 31 32 33 34 35 36 37 05 05 7B 2F F7", reply);
        Assert.True(surface.IsOnline);
    }

    [Fact]
    public async Task XTouch_StripColour_GoesOutAsItsColourSysEx()
    {
        await using var surface = Make(MackieSurfaceOptions.XTouch);

        surface.Send(new FeedbackCommand(FeedbackKind.StripColor, 1, 0xFF0000));
        surface.Send(new FeedbackCommand(FeedbackKind.StripColor, 2, 0x0000C0));

        Assert.Equal("F0 00 00 66 14 72 07 01 04 07 07 07 07 07 F7", _port.Sent[^1]);
    }

    [Fact]
    public void Mcu_StripColour_IsIgnored()
    {
        _surface.Send(new FeedbackCommand(FeedbackKind.StripColor, 1, 0xFF0000));

        Assert.Empty(_port.Sent);
    }

    [Fact]
    public void Timecode_GoesToTheTenDigitsRightToLeft_WithDots()
    {
        _surface.ShowTimecode(new Timecode(1, 2, 3, 4, TimecodeRate.Fps25));

        // " 01.02.03. 04": digit 9 (CC 49) is the leftmost; blanks are already blank.
        Assert.Equal(
            ["90 71 7F", "B0 48 30", "B0 47 71", "B0 46 30", "B0 45 72", "B0 44 30", "B0 43 73", "B0 41 30", "B0 40 34"],
            _port.Sent);
    }

    [Fact]
    public void TransportDisplay_FromTheDaw_GoesOutAsTheDawSentIt_WithTheBeatsLamp()
    {
        var display = new TransportDisplay { Mode = TimeDisplayMode.BarsBeats };
        foreach (var (c, i) in "00101 0000".Select((c, i) => (c, i)))
            display.SetTimeDigit(i, c | (i == 2 ? TransportDisplay.DotFlag : 0));
        display.SetAssignmentDigit(0, 'M');
        display.SetAssignmentDigit(1, 'X');

        _surface.ShowTransportDisplay(display);

        Assert.Equal(
            ["90 72 7F", "B0 49 30", "B0 48 30", "B0 47 71", "B0 46 30", "B0 45 31", "B0 43 30", "B0 42 30", "B0 41 30", "B0 40 30", "B0 4B 0D", "B0 4A 18"],
            _port.Sent);
    }

    [Fact]
    public void TransportDisplay_WithoutAssignmentFromTheDaw_LeavesTheAssignmentDigits()
    {
        var display = new TransportDisplay { Mode = TimeDisplayMode.Timecode };
        display.SetTimeDigit(9, '4');

        _surface.ShowTransportDisplay(display);

        Assert.Equal(["90 71 7F", "B0 40 34"], _port.Sent);
    }

    [Fact]
    public void RingMeterAndLed_AreEncodedAsMackieExpects()
    {
        _surface.Send(new FeedbackCommand(FeedbackKind.Ring, 0, 0.5));
        _surface.Send(new FeedbackCommand(FeedbackKind.Meter, 3, 1.0));
        _surface.Send(FeedbackCommand.Led(0x5E, 0.5));

        Assert.Equal(["B0 30 46", "D0 3C", "90 5E 01"], _port.Sent);
    }

    [Fact]
    public void LitMeter_IsSentAgain_SoItDoesNotFallOnAHeldLevel()
    {
        _surface.Start();
        _surface.Send(new FeedbackCommand(FeedbackKind.Meter, 1, 0.5));
        _port.Clear();

        Advance(TimeSpan.FromMilliseconds(300));

        Assert.Contains("D0 16", _port.Sent);
    }

    [Fact]
    public void SameFaderTarget_IsSentOnce()
    {
        _surface.Send(FeedbackCommand.FaderTarget(8, 0.25));
        _surface.Send(FeedbackCommand.FaderTarget(8, 0.25));

        Assert.Equal(["E8 00 20"], _port.Sent);
    }
}

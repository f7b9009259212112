using System.Collections.Concurrent;
using ControlSurface.Core.Engine;
using ControlSurface.Core.Model;
using ControlSurface.Midi.Mackie;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Midi.Tests.Mackie;

/// <summary>
/// What a unit takes from the host's displays, fed the bytes Ardour 7.3 sends (shared/peers/ardour README and its
/// surface.cc): LCD second line, 7-segment time and assignment digits, SMPTE/BEATS lamps; then through a real engine.
/// </summary>
public sealed class MackieUnitTests : IAsyncDisposable
{
    private readonly LoopbackMidiPort _main = new();
    private readonly LoopbackMidiPort _extender = new();
    private readonly BlockingCollection<EngineInput> _posted = [];
    private readonly MackieControlTarget _target;

    public MackieUnitTests()
    {
        _target = new MackieControlTarget([_main, _extender]);
        _target.Attach(_posted.Add, 0);
        _target.Start();
    }

    public async ValueTask DisposeAsync() => await _target.DisposeAsync();

    // Ardour's reset after the handshake: every time code digit to '0' (B0 40..49 30).
    private static byte[] ArdourTimecodeReset() => [.. Enumerable.Range(0, 10).SelectMany(d => new byte[] { 0xB0, (byte)(0x40 + d), 0x30 })];

    [Fact]
    public void LcdBottomLine_PostsValueTextPerStrip()
    {
        _main.Inject([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12, 0x38, .. "L50R50 "u8, 0xF7]);
        _main.Inject([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12, 0x3F, .. "  -5.9 "u8, 0xF7]);

        var first = Next();
        var second = Next();

        Assert.Equal((new ModelAddress(Parameter.ValueText, 0), "L50R50"), (first.Address, first.Text));
        Assert.Equal((new ModelAddress(Parameter.ValueText, 1), "-5.9"), (second.Address, second.Text));
    }

    [Fact]
    public void LcdWriteAcrossBothLines_PostsNameAndValueOfTheLastStrip()
    {
        // 0x31: the last strip's cell of the top line (6 visible + the hidden column), wrapping into the bottom line.
        _main.Inject([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12, 0x31, .. "Master Pan    "u8, 0xF7]);

        var name = Next();
        var value = Next();

        Assert.Equal((new ModelAddress(Parameter.Name, 7), "Master"), (name.Address, name.Text));
        Assert.Equal((new ModelAddress(Parameter.ValueText, 0), "Pan"), (value.Address, value.Text));
    }

    [Fact]
    public void ExtenderLcdBottomLine_PostsValueTextOfItsOwnStrips()
    {
        _extender.Inject([0xF0, 0x00, 0x00, 0x66, 0x15, 0x12, 0x46, .. "Pan    "u8, 0xF7]);

        var value = Next();

        Assert.Equal((new ModelAddress(Parameter.ValueText, 10), "Pan"), (value.Address, value.Text));
    }

    [Fact]
    public void TimecodeDigits_ArdourBbtAfterReset_PostOnlyChangedDigitsFromTheLeft()
    {
        // Bar 1, beat 1, tick 0 as Ardour formats it ("00101 0000"); it sends only the digits that differ, rightmost first.
        _main.Inject(ArdourTimecodeReset());
        _main.Inject(0xB0, 0x44, 0x20, 0xB0, 0x45, 0x31, 0xB0, 0x47, 0x31);

        var digits = Enumerable.Range(0, 13).Select(_ => Next()).ToArray();

        Assert.All(digits, d => Assert.Equal(Parameter.TimeDisplay, d.Address.Parameter));
        Assert.Equal((9, '0'), (digits[0].Address.Index, (char)digits[0].Value)); // CC 0x40 is the rightmost digit
        Assert.Equal<(int, char)>([(5, ' '), (4, '1'), (2, '1')], digits[10..].Select(d => (d.Address.Index, (char)d.Value)));
        Assert.Equal("00101 0000", Display(digits).Time);
    }

    [Fact]
    public void TimecodeDigits_RunningStatusChannel16AndDots_AreDecoded()
    {
        _main.Inject(0xBF, 0x41, 0x71, 0x40, 0x32);

        var first = Next();
        var second = Next();

        Assert.Equal((8, '1' | TransportDisplay.DotFlag), (first.Address.Index, (int)first.Value));
        Assert.Equal((9, (int)'2'), (second.Address.Index, (int)second.Value));
    }

    [Fact]
    public void TimecodeDigits_Letters_AreTheirSevenSegmentCodes()
    {
        _main.Inject(0xB0, 0x40, 0x01, 0xB0, 0x41, 0x1A);

        Assert.Equal<char>(['A', 'Z'], new[] { Next(), Next() }.Select(d => (char)d.Value));
    }

    [Fact]
    public void TimecodeSysEx_CharactersRightToLeft_PostTheDisplay()
    {
        // SysEx 10: "01 0203 04" (Ardour's timecode layout), rightmost first.
        _main.Inject([0xF0, 0x00, 0x00, 0x66, 0x14, 0x10, .. "40 3020 10"u8, 0xF7]);

        var digits = Enumerable.Range(0, 8).Select(_ => Next()).ToArray(); // the two spaces were already blank

        Assert.Equal("01 0203 04", Display(digits).Time);
    }

    [Fact]
    public void AssignmentDigits_ArdourMixer_PostsMX()
    {
        // Ardour after the handshake: B0 4B 0D (left 'M'), B0 4A 18 (right 'X').
        _main.Inject(0xB0, 0x4B, 0x0D, 0xB0, 0x4A, 0x18);

        var left = Next();
        var right = Next();

        Assert.Equal((new ModelAddress(Parameter.AssignmentDisplay, 0), 'M'), (left.Address, (char)left.Value));
        Assert.Equal((new ModelAddress(Parameter.AssignmentDisplay, 1), 'X'), (right.Address, (char)right.Value));
    }

    [Fact]
    public void AssignmentSysEx_TwoCharactersRightToLeft_PostsBoth()
    {
        // SysEx 11, right digit first: 'N' (0x0E), then 'P' with its point (0x10 + 0x40).
        _main.Inject(0xF0, 0x00, 0x00, 0x66, 0x14, 0x11, 0x0E, 0x50, 0xF7);

        var digits = new[] { Next(), Next() };

        Assert.Equal("P.N", Display(digits).Assignment);
    }

    [Fact]
    public void SmpteAndBeatsLamps_DecideTheMode_WithoutATransientUnknown()
    {
        _main.Inject(0x90, 0x72, 0x7F, 0x90, 0x71, 0x00); // Ardour's default: BEATS on, SMPTE off (already off)
        _main.Inject(0x90, 0x71, 0x7F, 0x90, 0x72, 0x00); // SMPTE/BEATS pressed: SMPTE on, then BEATS off
        _main.Inject(0x90, 0x71, 0x00);                   // all LEDs off (reset)

        var modes = Enumerable.Range(0, 4).Select(_ => (TimeDisplayMode)(int)Next().Value).ToArray();

        Assert.Equal<TimeDisplayMode>([TimeDisplayMode.BarsBeats, TimeDisplayMode.Timecode, TimeDisplayMode.Timecode, TimeDisplayMode.Unknown], modes);
    }

    [Fact]
    public void Extender_TimecodeDigitsAndLamps_PostNothing()
    {
        _extender.Inject(0xB0, 0x40, 0x31, 0x90, 0x72, 0x7F, 0xB0, 0x4A, 0x18);
        _extender.Inject([0xF0, 0x00, 0x00, 0x66, 0x15, 0x12, 0x00, .. "Kick"u8, 0xF7]);

        var first = Next();

        Assert.Equal(new ModelAddress(Parameter.Name, 8), first.Address); // the name came; the digits and lamp did not
        Assert.False(_posted.TryTake(out _));
    }

    [Fact]
    public void ArdourDisplays_ThroughTheEngine_LandInTheTransportAndStrips()
    {
        var engine = new BridgeEngine(new EngineOptions { StripCount = 16 }, new FakeTimeProvider());
        var index = engine.AddTarget(_target);
        _target.Attach(_posted.Add, index);
        _main.Inject(ArdourTimecodeReset());
        _main.Inject(0x90, 0x72, 0x7F, 0xB0, 0x44, 0x20, 0xB0, 0x45, 0x31, 0xB0, 0x47, 0x31, 0xB0, 0x4B, 0x0D, 0xB0, 0x4A, 0x18);
        _main.Inject([0xF0, 0x00, 0x00, 0x66, 0x14, 0x12, 0x38, .. "L50R50 "u8, 0xF7]);

        for (var i = 0; i < 10 + 1 + 3 + 2 + 1; i++)
            engine.Process(Next());

        Assert.Equal("00101 0000", engine.Transport.Display.Time);
        Assert.Equal(TimeDisplayMode.BarsBeats, engine.Transport.Display.Mode);
        Assert.Equal("MX", engine.Transport.Display.Assignment);
        Assert.Equal("L50R50", engine.Mixer.Strips[0].ValueText);
    }

    private static TransportDisplay Display(IEnumerable<EngineInput> inputs)
    {
        var display = new TransportDisplay();
        foreach (var i in inputs)
        {
            if (i.Address.Parameter == Parameter.TimeDisplay)
                display.SetTimeDigit(i.Address.Index, (int)i.Value);
            else
                display.SetAssignmentDigit(i.Address.Index, (int)i.Value);
        }
        return display;
    }

    private EngineInput Next()
    {
        Assert.True(_posted.TryTake(out var input, TimeSpan.FromSeconds(10)), "nothing posted");
        return input;
    }
}

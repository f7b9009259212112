using ControlSurface.Core.Model;

namespace ControlSurface.Core.Tests.Model;

public sealed class TransportDisplayTests
{
    [Fact]
    public void New_IsBlankWithModeUnknown()
    {
        var display = new TransportDisplay();

        Assert.Equal(new string(' ', 10), display.Time);
        Assert.Equal("  ", display.Assignment);
        Assert.Equal(TimeDisplayMode.Unknown, display.Mode);
    }

    [Fact]
    public void SetTimeDigit_LeftToRight_WithLitPointsAfterTheirDigits()
    {
        var display = new TransportDisplay();
        const string bbt = "001010 000";

        for (var i = 0; i < bbt.Length; i++)
            display.SetTimeDigit(i, bbt[i] | (i is 2 or 4 ? TransportDisplay.DotFlag : 0));

        Assert.Equal("001.01.0 000", display.Time);
        Assert.Equal('1' | TransportDisplay.DotFlag, display.TimeDigit(4));
    }

    [Fact]
    public void SetTimeDigit_SameValue_ReportsNoChange()
    {
        var display = new TransportDisplay();

        Assert.True(display.SetTimeDigit(9, '4'));
        Assert.False(display.SetTimeDigit(9, '4'));
        Assert.True(display.SetTimeDigit(9, '4' | TransportDisplay.DotFlag));
    }

    [Fact]
    public void SetTimeDigit_OutOfRange_IsIgnored()
    {
        var display = new TransportDisplay();

        Assert.False(display.SetTimeDigit(10, '1'));
        Assert.False(display.SetTimeDigit(-1, '1'));
        Assert.Equal(new string(' ', 10), display.Time);
    }

    [Fact]
    public void SetAssignmentDigit_ControlCharacter_ShowsBlank()
    {
        var display = new TransportDisplay();

        display.SetAssignmentDigit(0, 'M');
        display.SetAssignmentDigit(1, 0x07);

        Assert.Equal("M ", display.Assignment);
    }

    [Fact]
    public void HasTimeAndHasAssignment_TurnOnWithTheFirstDigitWritten()
    {
        var display = new TransportDisplay();
        Assert.False(display.HasTime || display.HasAssignment);

        display.SetTimeDigit(0, ' ');
        display.SetAssignmentDigit(5, 'M');

        Assert.True(display.HasTime);
        Assert.False(display.HasAssignment);
        display.SetAssignmentDigit(1, ' ');
        Assert.True(display.HasAssignment);
    }
}

using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class LaunchpadMiniMk3ProfileTests
{
    private static ControllerProfile Profile => BuiltInProfiles.TryGet("launchpad-mini-mk3", out var p) ? p : throw new InvalidOperationException();

    [Fact]
    public void Init_SelectsProgrammerMode_ExitReturnsToLive()
    {
        Assert.Equal("F0 00 20 29 02 0D 0E 01 F7", HexBytes.Format(Profile.Init.Single()));
        Assert.Equal("F0 00 20 29 02 0D 0E 00 F7", HexBytes.Format(Profile.Exit.Single()));
    }

    [Fact]
    public void GridPads_NotesByRowAndColumn_ReleaseIsVelocityZero()
    {
        // Bottom-left (11) down/up, top-right (88) down.
        var r = EventRecorder.Play(Profile, 0x90, 11, 127, 0x90, 11, 0, 0x90, 88, 127);

        Assert.Equal(
            [new(0, ControlEventKind.PadHit, 0, 1), new(0, ControlEventKind.PadPressure, 0, 0), new(0, ControlEventKind.PadHit, 63, 1)],
            r.Events);
    }

    [Fact]
    public void TopRowAndSideButtons_AreCcs()
    {
        var r = EventRecorder.Play(Profile, 0xB0, 91, 127, 0xB0, 91, 0, 0xB0, 19, 127);

        Assert.Equal(
            [new(0, ControlEventKind.ButtonDown, 64, 1), new(0, ControlEventKind.ButtonUp, 64, 0), new(0, ControlEventKind.ButtonDown, 79, 1)],
            r.Events);
    }

    [Theory]
    [InlineData(0xFF0000, "90 0B 05")]  // red
    [InlineData(0x00FF00, "90 0B 15")]  // green 21
    [InlineData(0xFF8000, "90 0B 09")]  // amber 9
    [InlineData(0x8000FF, "90 0B 31")]  // purple 49
    [InlineData(0xFFD700, "90 0B 0D")]  // gold shows as yellow 13
    public void PadLed_Colour_ShowsNearestPaletteEntry(int rgb, string bytes)
    {
        Assert.Equal(bytes, EventRecorder.Feedback(Profile, FeedbackCommand.Led(0, 1, rgb)));
    }

    [Fact]
    public void PadLed_BlinkingAndOff_UseFlashChannelAndVelocityZero()
    {
        Assert.Equal("91 58 05", EventRecorder.Feedback(Profile, FeedbackCommand.Led(63, 0.5, 0xFF0000)));
        Assert.Equal("90 58 00", EventRecorder.Feedback(Profile, FeedbackCommand.Led(63, 0)));
    }

    [Fact]
    public void ButtonLed_PlayLitGreenByDefault_WithItsCc()
    {
        Assert.Equal("B0 59 15", EventRecorder.Feedback(Profile, FeedbackCommand.Led(72, 1)));
    }

    [Fact]
    public void Port_MatchesTheMidiInterfaceNotTheDawOne()
    {
        Assert.True(Profile.Matches("LPMiniMK3 MIDI"));
        Assert.True(Profile.Matches("Launchpad Mini MK3:Launchpad Mini MK3 LPMiniMK3 MIDI 20:1"));
        Assert.False(Profile.Matches("Launchpad Mini MK3:Launchpad Mini MK3 LPMiniMK3 DAW 20:0"));
    }
}

using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class NanoKontrol2ProfileTests
{
    private static ControllerProfile Profile => BuiltInProfiles.TryGet("nanokontrol2", out var p) ? p : throw new InvalidOperationException();

    [Fact]
    public void Fader1_Cc0_MovesFader0()
    {
        // Fader 1 from bottom to top and back, as the unit sends it (running status after the first).
        var r = EventRecorder.Play(Profile, 0xB0, 0x00, 0x00, 0x00, 0x40, 0x00, 0x7F);

        Assert.Equal(
            [new(0, ControlEventKind.FaderMoved, 0, 0), new(0, ControlEventKind.FaderMoved, 0, 64 / 127.0), new(0, ControlEventKind.FaderMoved, 0, 1)],
            r.Events);
    }

    [Fact]
    public void Knob3_Turned_GivesStepsAfterTheFirstReading()
    {
        var r = EventRecorder.Play(Profile, 0xB0, 18, 60, 0xB0, 18, 63, 0xB0, 18, 61);

        Assert.Equal([new(0, ControlEventKind.EncoderTurned, 2, 3), new(0, ControlEventKind.EncoderTurned, 2, -2)], r.Events);
    }

    [Fact]
    public void TransportAndStripButtons_PressAndRelease()
    {
        // Play (CC 41) down/up, then M of strip 2 (CC 49) down/up.
        var r = EventRecorder.Play(Profile, 0xB0, 41, 127, 0xB0, 41, 0, 0xB0, 49, 127, 0xB0, 49, 0);

        Assert.Equal(
            [new(0, ControlEventKind.ButtonDown, 33, 1), new(0, ControlEventKind.ButtonUp, 33, 0),
             new(0, ControlEventKind.ButtonDown, 9, 1), new(0, ControlEventKind.ButtonUp, 9, 0)],
            r.Events);
    }

    [Fact]
    public void Leds_ExternalMode_SetWithTheButtonsCc()
    {
        Assert.Equal("B0 29 7F", EventRecorder.Feedback(Profile, FeedbackCommand.Led(33, 1)));   // Play on
        Assert.Equal("B0 2D 00", EventRecorder.Feedback(Profile, FeedbackCommand.Led(34, 0)));   // Record off
        Assert.Equal("B0 31 7F", EventRecorder.Feedback(Profile, FeedbackCommand.Led(9, 0.5)));  // M2 blinking shows on
        Assert.Equal("", EventRecorder.Feedback(Profile, FeedbackCommand.Led(24, 1)));           // Track < has no LED
        Assert.Equal("", EventRecorder.Feedback(Profile, FeedbackCommand.FaderTarget(0, 0.5)));  // no motors
    }

    [Fact]
    public void DefaultMapping_FadersToBankedStrips_TransportToTransport()
    {
        var mapping = new SurfaceMapping(Profile.Bindings);

        Assert.Equal(8, mapping.FaderWidth);
        Assert.True(mapping.TryGet(ControlKind.Fader, 7, out var fader));
        Assert.Equal(new ControlBinding(ControlKind.Fader, 7, Parameter.Fader, 7, BankRelative: true), fader);
        Assert.True(mapping.TryGet(ControlKind.Button, 33, out var play));
        Assert.Equal(Parameter.Play, play.Parameter);
        Assert.True(mapping.TryGet(ControlKind.Button, 25, out var bank));
        Assert.Equal((Parameter.Bank, 8.0), (bank.Parameter, bank.Amount));
        Assert.True(mapping.TryGetButtonLed(Parameter.Mute, 1, out var m2));
        Assert.Equal(9, m2);
    }

    [Fact]
    public void Layout_EightFadersEightKnobs_NoMotors()
    {
        Assert.Equal(new SurfaceLayout(8, false, false, 0, 35, 8), Profile.Layout);
    }
}

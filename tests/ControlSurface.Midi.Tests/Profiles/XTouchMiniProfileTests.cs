using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class XTouchMiniProfileTests
{
    private static ControllerProfile Profile => BuiltInProfiles.TryGet("x-touch-mini", out var p) ? p : throw new InvalidOperationException();

    [Fact]
    public void Knob1_AbsoluteCc1OnChannel11_TurnsEncoder0()
    {
        var r = EventRecorder.Play(Profile, 0xBA, 0x01, 10, 0xBA, 0x01, 14);

        Assert.Equal([new(0, ControlEventKind.EncoderTurned, 0, 4)], r.Events);
    }

    [Fact]
    public void UpperButton1_Note8DownUp_IsButton8()
    {
        var r = EventRecorder.Play(Profile, 0x9A, 0x08, 0x7F, 0x8A, 0x08, 0x00);

        Assert.Equal([new(0, ControlEventKind.ButtonDown, 8, 1), new(0, ControlEventKind.ButtonUp, 8, 0)], r.Events);
    }

    [Fact]
    public void FaderAndLayerB_MapToTheirNumbers()
    {
        // Fader A to the top, knob push 1, layer B knob 1 (CC 11), layer B fader (CC 10), layer B button 1 (note 32).
        var r = EventRecorder.Play(Profile, 0xBA, 0x09, 0x7F, 0x9A, 0x00, 0x7F, 0xBA, 0x0B, 5, 0xBA, 0x0B, 3, 0xBA, 0x0A, 0x00, 0x9A, 0x20, 0x7F);

        Assert.Equal(
            [new(0, ControlEventKind.FaderMoved, 0, 1.0), new(0, ControlEventKind.ButtonDown, 0, 1),
             new(0, ControlEventKind.EncoderTurned, 8, -2), new(0, ControlEventKind.FaderMoved, 1, 0), new(0, ControlEventKind.ButtonDown, 32, 1)],
            r.Events);
    }

    [Fact]
    public void ButtonLeds_GoToTheGlobalChannel_OnBlinkOff()
    {
        Assert.Equal("90 00 01", EventRecorder.Feedback(Profile, FeedbackCommand.Led(8, 1)));     // upper row 1 on
        Assert.Equal("90 08 02", EventRecorder.Feedback(Profile, FeedbackCommand.Led(16, 0.5)));  // lower row 1 blinking
        Assert.Equal("90 0F 00", EventRecorder.Feedback(Profile, FeedbackCommand.Led(23, 0)));    // lower row 8 off
        Assert.Equal("", EventRecorder.Feedback(Profile, FeedbackCommand.Led(32, 1)));            // layer B has no LEDs of its own
    }

    [Fact]
    public void KnobCollar_IsSetWithTheKnobsOwnCc()
    {
        Assert.Equal("BA 01 40", EventRecorder.Feedback(Profile, new FeedbackCommand(FeedbackKind.Ring, 0, 0.5)));
    }

    [Fact]
    public void Init_SelectsStandardModeAndLayerA()
    {
        Assert.Equal(["B0 7F 00", "C0 00"], Profile.Init.Select(m => HexBytes.Format(m)));
    }

    [Fact]
    public void DefaultMapping_RowsMuteAndSolo_FaderIsMaster()
    {
        var mapping = new SurfaceMapping(Profile.Bindings);

        Assert.True(mapping.TryGet(ControlKind.Button, 8, out var mute));
        Assert.True(mapping.TryGet(ControlKind.Button, 16, out var solo));
        Assert.True(mapping.TryGet(ControlKind.Fader, 0, out var fader));
        Assert.Equal((Parameter.Mute, 0), (mute.Parameter, mute.Index));
        Assert.Equal((Parameter.Solo, 0), (solo.Parameter, solo.Index));
        Assert.Equal((Parameter.Fader, ModelAddress.Master), (fader.Parameter, fader.Index));
    }
}

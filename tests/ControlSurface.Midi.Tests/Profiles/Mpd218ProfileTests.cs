using ControlSurface.Core.Engine;
using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class Mpd218ProfileTests
{
    private static ControllerProfile Profile => BuiltInProfiles.TryGet("mpd218", out var p) ? p : throw new InvalidOperationException();

    [Fact]
    public void Pad1_StrikePressRelease_HitThenPressureThenLetGo()
    {
        // Pad 1 (note 36, channel 10): note on velocity 100, channel pressure 64 and 0, note off.
        var r = EventRecorder.Play(Profile, 0x99, 36, 100, 0xD9, 64, 0xD9, 0, 0x89, 36, 0);

        Assert.Equal(
            [new(0, ControlEventKind.PadHit, 0, 100 / 127.0), new(0, ControlEventKind.PadPressure, 0, 64 / 127.0),
             new(0, ControlEventKind.PadPressure, 0, 0), new(0, ControlEventKind.PadPressure, 0, 0)],
            r.Events);
    }

    [Fact]
    public void TwoPadsHeld_ChannelPressureDrivesThePadStruckLast_ThenTheOneStillHeld()
    {
        // Pad 1 (note 36) then pad 3 (note 38) held on channel 10; the one pressure value the MPD218 sends (the harder
        // finger) follows, first with full status bytes, then in running status as a DIN-MIDI stream has it.
        var r = EventRecorder.Play(Profile,
            0x99, 36, 100, 0x99, 38, 90,    // strike pad 1, strike pad 3
            0xD9, 80, 96,                   // pressure 80, 96 (running status)
            0x89, 38, 0,                    // let go of pad 3
            0xD9, 48, 0,                    // pressure 48, 0: pad 1 is still held
            0x89, 36, 0,                    // let go of pad 1
            0xD9, 0);                       // pressure with nothing held

        Assert.Equal(
            [new(0, ControlEventKind.PadHit, 0, 100 / 127.0), new(0, ControlEventKind.PadHit, 2, 90 / 127.0),
             new(0, ControlEventKind.PadPressure, 2, 80 / 127.0), new(0, ControlEventKind.PadPressure, 2, 96 / 127.0),
             new(0, ControlEventKind.PadPressure, 2, 0),
             new(0, ControlEventKind.PadPressure, 0, 48 / 127.0), new(0, ControlEventKind.PadPressure, 0, 0),
             new(0, ControlEventKind.PadPressure, 0, 0)],
            r.Events);
        var unclaimed = Assert.Single(r.Unclaimed);
        Assert.Equal((MidiMessageKind.ChannelPressure, 9), (unclaimed.Kind, unclaimed.Status & 0x0F));
    }

    [Fact]
    public void FirstPadLetGoWhileTheSecondIsHeld_PressureStaysOnTheSecond()
    {
        var r = EventRecorder.Play(Profile, 0x99, 36, 100, 0x99, 37, 100, 0x89, 36, 0, 0xD9, 70);

        Assert.Equal(new ControlEvent(0, ControlEventKind.PadPressure, 1, 70 / 127.0), r.Events[^1]);
    }

    [Fact]
    public void Pad16AndBankB_MapToTheirNumbers()
    {
        var r = EventRecorder.Play(Profile, 0x99, 51, 127, 0x99, 52, 1);

        Assert.Equal([new(0, ControlEventKind.PadHit, 15, 1), new(0, ControlEventKind.PadHit, 16, 1 / 127.0)], r.Events);
    }

    [Fact]
    public void Knob2_Cc9_TurnsEncoder1()
    {
        var r = EventRecorder.Play(Profile, 0xB0, 9, 10, 0xB0, 9, 14);

        Assert.Equal([new(0, ControlEventKind.EncoderTurned, 1, 4)], r.Events);
    }

    [Fact]
    public void NoteOnAnotherChannel_IsUnclaimed()
    {
        var r = EventRecorder.Play(Profile, 0x90, 36, 100);

        Assert.Empty(r.Events);
        Assert.Single(r.Unclaimed);
    }

    [Fact]
    public void PadLeds_CannotBeSetByTheHost_SendNothing()
    {
        Assert.Equal("", EventRecorder.Feedback(Profile, FeedbackCommand.Led(0, 1, 0xFF0000)));
    }

    [Fact]
    public void DefaultMapping_PadsAreTakeActions()
    {
        var mapping = new SurfaceMapping(Profile.Bindings);

        Assert.True(mapping.TryGet(ControlKind.Pad, 3, out var pad));
        Assert.Equal((Parameter.TakeAction, 3), (pad.Parameter, pad.Index));
        Assert.False(mapping.TryGet(ControlKind.Pad, 16, out _));
    }
}

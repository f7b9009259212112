using ControlSurface.Core.Surfaces;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class ProfileDecoderTests
{
    private static ControllerProfile Load(string controls) => ProfileLoader.Parse("t", "name: T\ncontrols:\n" + controls);

    [Theory]
    [InlineData("twos-complement", 0x01, 1)]
    [InlineData("twos-complement", 0x7F, -1)]
    [InlineData("twos-complement", 0x7B, -5)]
    [InlineData("sign-magnitude", 0x03, 3)]
    [InlineData("sign-magnitude", 0x41, -1)]
    [InlineData("offset-64", 0x41, 1)]
    [InlineData("offset-64", 0x3C, -4)]
    [InlineData("binary-offset", 0x40, 0)]
    public void RelativeKnob_DecodesSteps(string encoding, byte value, int steps)
    {
        var r = EventRecorder.Play(Load($"  - {{ knob: 0, cc: 20, encoding: {encoding} }}\n"), 0xB0, 20, value);

        Assert.Equal(steps == 0 ? [] : [new ControlEvent(0, ControlEventKind.EncoderTurned, 0, steps)], r.Events);
    }

    [Fact]
    public void Cc14_MsbOnlyUntilAnLsbArrives_ThenPairsGiveOneValue()
    {
        var p = Load("  - { fader: 0, cc14: 1 }\n");
        // MSB 0x40 alone, then MSB 0x20 + LSB 0x10 (pair), then MSB 0x7F + LSB 0x7F.
        var r = EventRecorder.Play(p, 0xB0, 1, 0x40, 0xB0, 33, 0x00, 0xB0, 1, 0x20, 0xB0, 33, 0x10, 0xB0, 1, 0x7F, 0xB0, 33, 0x7F);

        Assert.Equal([64 / 127.0, 0x40 * 128 / 16383.0, (0x20 * 128 + 0x10) / 16383.0, 1.0], r.Events.Select(e => e.Value));
    }

    [Fact]
    public void Nrpn_Fader_DecodesDataEntry()
    {
        var p = Load("  - { fader: 0, nrpn: 300 }\n");
        // NRPN 300 = MSB 2, LSB 44; value 8192 = 0x40 0x00.
        var r = EventRecorder.Play(p, 0xB0, 99, 2, 0xB0, 98, 44, 0xB0, 6, 0x40, 0xB0, 38, 0x00);

        Assert.Equal(8192 / 16383.0, r.Events[^1].Value);
        Assert.All(r.Events, e => Assert.Equal(ControlEventKind.FaderMoved, e.Kind));
    }

    [Fact]
    public void PitchBendFaders_OnePerChannel_WithTouchNotes()
    {
        var p = Load("  - { fader: 0-1, pitchbend: 1, touch: [104, 105], motor: true }\n");
        var r = EventRecorder.Play(p, 0x90, 105, 127, 0xE1, 0x7F, 0x7F, 0x90, 105, 0);

        Assert.Equal(
            [new(0, ControlEventKind.FaderTouched, 1, 0), new(0, ControlEventKind.FaderMoved, 1, 1), new(0, ControlEventKind.FaderReleased, 1, 0)],
            r.Events);
        Assert.Equal("E1 00 40", EventRecorder.Feedback(p, FeedbackCommand.FaderTarget(1, 8192 / 16383.0)));
    }

    [Fact]
    public void ToggleButton_EachMessageIsAPress()
    {
        var r = EventRecorder.Play(Load("  - { button: 0, cc: 80, mode: toggle }\n"), 0xB0, 80, 127, 0xB0, 80, 0);

        Assert.Equal(
            [ControlEventKind.ButtonDown, ControlEventKind.ButtonUp, ControlEventKind.ButtonDown, ControlEventKind.ButtonUp],
            r.Events.Select(e => e.Kind));
    }

    [Fact]
    public void PolyAftertouch_GoesToThePadOfThatNote()
    {
        var p = Load("  - { pad: 0-1, note: 36, aftertouch: poly }\n");
        var r = EventRecorder.Play(p, 0x90, 37, 90, 0xA0, 37, 50);

        Assert.Equal(new ControlEvent(0, ControlEventKind.PadPressure, 1, 50 / 127.0), r.Events[^1]);
    }

    [Fact]
    public void ChannelAftertouch_NoPadHeld_IsUnclaimedAndCountedAsPressureWithoutPad()
    {
        var decoder = new ProfileDecoder(Load("  - { pad: 0-1, note: 36, aftertouch: channel }\n"));
        var input = new ProfileInput(decoder);
        var r = new EventRecorder();

        input.Feed([0xD0, 40, 0x90, 36, 100, 0x80, 36, 0, 0xD0, 20], ref r);

        Assert.Equal([ControlEventKind.PadHit, ControlEventKind.PadPressure], r.Events.Select(e => e.Kind));
        Assert.Equal((2L, 2L), (decoder.PressureWithoutPad, decoder.Unclaimed));
    }

    [Fact]
    public void ChannelAftertouch_APadWithoutIt_StruckLater_DoesNotTakeThePressure()
    {
        // Pad 0 sends channel aftertouch; pad 1 on the same channel does not (aftertouch: none).
        var p = Load("  - { pad: 0, note: 36, aftertouch: channel }\n  - { pad: 1, note: 37 }\n");

        var r = EventRecorder.Play(p, 0x90, 36, 100, 0x90, 37, 100, 0xD0, 55);

        Assert.Equal(new ControlEvent(0, ControlEventKind.PadPressure, 0, 55 / 127.0), r.Events[^1]);
    }

    [Fact]
    public void ChannelAftertouch_OtherChannel_IsNotThePads()
    {
        var r = EventRecorder.Play(Load("  - { pad: 0, note: 36, aftertouch: channel }\n"), 0x90, 36, 100, 0xD1, 55);

        Assert.Single(r.Events);
        Assert.Single(r.Unclaimed);
    }

    [Fact]
    public void ChannelAftertouch_PadStruckAgainWhileHeld_IsHeldOnceAndOnTop()
    {
        var r = EventRecorder.Play(Load("  - { pad: 0-1, note: 36, aftertouch: channel }\n"),
            0x90, 36, 100, 0x90, 37, 100, 0x90, 36, 90, 0x80, 36, 0, 0xD0, 30);

        // Pad 0 was struck again after pad 1: letting pad 0 go leaves pad 1 held, which now takes the pressure.
        Assert.Equal(new ControlEvent(0, ControlEventKind.PadPressure, 1, 30 / 127.0), r.Events[^1]);
    }

    [Fact]
    public void ChannelAftertouch_MorePadsHeldThanTracked_ForgetsTheLongestHeld()
    {
        var decoder = new ProfileDecoder(Load($"  - {{ pad: 0-{ProfileDecoder.MaxHeldPads}, note: 36, aftertouch: channel }}\n"));
        var input = new ProfileInput(decoder);
        var r = new EventRecorder();
        var bytes = new List<byte>();
        for (var pad = 0; pad <= ProfileDecoder.MaxHeldPads; pad++)
            bytes.AddRange([0x90, (byte)(36 + pad), 100]);
        // Let go of every pad but the first, newest first: the first was forgotten, so pressure then finds nobody.
        for (var pad = ProfileDecoder.MaxHeldPads; pad >= 1; pad--)
            bytes.AddRange([0x80, (byte)(36 + pad), 0]);
        bytes.AddRange([0xD0, 10]);

        input.Feed(bytes.ToArray(), ref r);

        Assert.Equal(1, decoder.PressureWithoutPad);
    }

    [Fact]
    public void Reset_ForgetsHeldPads()
    {
        var decoder = new ProfileDecoder(Load("  - { pad: 0, note: 36, aftertouch: channel }\n"));
        var input = new ProfileInput(decoder);
        var r = new EventRecorder();
        input.Feed([0x90, 36, 100], ref r);

        input.Reset();
        input.Feed([0xD0, 10], ref r);

        Assert.Equal(1, decoder.PressureWithoutPad);
    }

    [Fact]
    public void Decode_RealTimeInsideAMessage_DoesNotDisturbIt()
    {
        var r = EventRecorder.Play(Load("  - { fader: 0, cc: 7 }\n"), 0xB0, 0xF8, 7, 0xF8, 100);

        Assert.Equal([new ControlEvent(0, ControlEventKind.FaderMoved, 0, 100 / 127.0)], r.Events);
    }

    [Fact]
    public void Decode_SteadyState_AllocatesNothing()
    {
        var input = new ProfileInput(new ProfileDecoder(BuiltInProfiles.TryGet("nanokontrol2", out var p) ? p : throw new InvalidOperationException()));
        var sink = new CountingSink();
        byte[] bytes = [0xB0, 0, 10, 0xB0, 16, 20, 0xB0, 16, 30, 0xB0, 41, 127, 0xB0, 41, 0];
        input.Feed(bytes, ref sink);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
            input.Feed(bytes, ref sink);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(1001 * 4 + 1000, sink.Count);
    }

    private struct CountingSink : IControlEventSink
    {
        public int Count;

        public void OnControl(in ControlEvent controlEvent) => Count++;

        public readonly void OnUnclaimed(in ControlSurface.Midi.Codec.MidiMessage message)
        {
        }
    }
}

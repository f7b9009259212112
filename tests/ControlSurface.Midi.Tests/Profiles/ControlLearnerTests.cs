using ControlSurface.Midi.Codec;
using ControlSurface.Midi.Profiles;

namespace ControlSurface.Midi.Tests.Profiles;

public sealed class ControlLearnerTests
{
    private static List<LearnedControl> Learn(ControlLearner learner, params byte[] bytes)
    {
        var sink = new Collect(learner);
        new MidiStreamParser().Parse(bytes, ref sink);
        return sink.Changes;
    }

    [Fact]
    public void SweepingCc_IsAFader_WithAPasteableEntry()
    {
        var learner = new ControlLearner();

        var changes = Learn(learner, 0xB0, 7, 10, 0xB0, 7, 40, 0xB0, 7, 90);

        Assert.Equal("- { fader: 0, cc: 7, channel: 1 }", changes[^1].Entry);
        Assert.Equal((10, 90, 3), (learner.Controls.Single().Min, learner.Controls.Single().Max, learner.Controls.Single().Messages));
    }

    [Fact]
    public void OnOffCc_IsAButtonWithLed()
    {
        var changes = Learn(new ControlLearner(), 0xB0, 41, 127, 0xB0, 41, 0);

        Assert.Equal("- { button: 0, cc: 41, channel: 1, led: true }", changes[^1].Entry);
    }

    [Theory]
    [InlineData(65, 63, "offset-64")]
    [InlineData(1, 127, "twos-complement")]
    [InlineData(1, 65, "sign-magnitude")]
    public void RelativeEncoder_EncodingIsRecognised(byte up, byte down, string encoding)
    {
        var changes = Learn(new ControlLearner(), 0xB0, 16, up, 0xB0, 16, up, 0xB0, 16, down);

        Assert.Equal($"- {{ knob: 0, cc: 16, channel: 1, encoding: {encoding} }}", changes[^1].Entry);
    }

    [Fact]
    public void VelocityNotes_ArePads_FixedVelocityNotesButtons_NumberedPerKind()
    {
        var learner = new ControlLearner();

        Learn(learner, 0x99, 36, 90, 0x89, 36, 0, 0x99, 37, 40, 0x90, 94, 127, 0x90, 94, 0);

        Assert.Equal(
            ["- { pad: 0, note: 36, channel: 10 }", "- { pad: 1, note: 37, channel: 10 }", "- { button: 0, note: 94, channel: 1, led: true }"],
            learner.Controls.Select(c => c.Entry));
    }

    [Fact]
    public void PitchBendAnd14BitPairAndNrpn_AreFaders()
    {
        var learner = new ControlLearner();

        Learn(learner, 0xE2, 0x00, 0x40, 0xB0, 1, 0x40, 0xB0, 33, 0x10, 0xB0, 99, 2, 0xB0, 98, 44, 0xB0, 6, 64, 0xB0, 38, 0);

        Assert.Equal(
            ["- { fader: 0, pitchbend: 3 }", "- { fader: 1, cc14: 1, channel: 1 }", "- { fader: 2, nrpn: 300, channel: 1 }"],
            learner.Controls.Select(c => c.Entry));
    }

    private struct Collect(ControlLearner learner) : IMidiSink
    {
        public List<LearnedControl> Changes { get; } = [];

        public readonly void OnMessage(in MidiMessage message)
        {
            if (learner.Observe(message) is { } change)
                Changes.Add(change);
        }

        public readonly void OnSysEx(in SysExMessage sysEx)
        {
        }

        public readonly void OnError(in MidiError error)
        {
        }
    }
}

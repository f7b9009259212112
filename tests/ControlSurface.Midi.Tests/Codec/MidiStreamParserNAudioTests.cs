using ControlSurface.Midi.Codec;
using NAudio.Midi;
using MidiMessage = ControlSurface.Midi.Codec.MidiMessage;

namespace ControlSurface.Midi.Tests.Codec;

/// <summary>Differential test: our byte-stream parser against NAudio's <c>MidiEvent.FromRawMessage</c> decoding the same messages.</summary>
public sealed class MidiStreamParserNAudioTests
{
    private const int StreamCount = 10_000;

    [Fact]
    public void Parse_RandomValidStreams_DecodeLikeNAudio()
    {
        var random = new Random(42);
        var parser = new MidiStreamParser();
        var compared = 0;
        for (var run = 0; run < StreamCount; run++)
        {
            var (bytes, raw) = BuildStream(random);
            var sink = new RecordingSink();

            parser.Parse(bytes, ref sink);
            parser.Complete(ref sink);

            var ours = sink.Lines.Count == sink.Messages.Count
                ? sink.Messages.Select(Describe).ToList()
                : [.. sink.Lines];
            var naudio = raw.Select(r => Describe(MidiEvent.FromRawMessage(r))).ToList();
            Assert.True(naudio.SequenceEqual(ours),
                $"stream {run} {Convert.ToHexString(bytes)}\n  NAudio: {string.Join(", ", naudio)}\n  ours:   {string.Join(", ", ours)}");
            compared += raw.Count;
        }
        Assert.True(compared > StreamCount * 10, $"only {compared} messages compared");
    }

    /// <summary>Random channel messages, sometimes under running status, with real-time bytes dropped anywhere,
    /// even between a status byte and its data. Returns the bytes and, in the order a receiver must deliver them,
    /// each message packed as the int FromRawMessage takes.</summary>
    private static (byte[] Bytes, List<int> Raw) BuildStream(Random random)
    {
        var bytes = new List<byte>();
        var raw = new List<int>();
        byte running = 0;
        var count = random.Next(1, 40);
        var wire = new byte[3];
        for (var i = 0; i < count; i++)
        {
            var m = RandomMidi.ChannelMessage(random);
            var length = MidiEncoder.Write(m, wire);
            var start = m.Status == running && random.Next(3) != 0 ? 1 : 0;
            running = m.Status;
            for (var k = start; k < length; k++)
            {
                // A real-time byte ahead of any byte of the message is delivered before the message completes.
                while (random.Next(6) == 0)
                {
                    var rt = RandomMidi.RealTimeByte(random);
                    bytes.Add(rt);
                    raw.Add(rt);
                }
                bytes.Add(wire[k]);
            }
            raw.Add(m.Status | (m.Data1 << 8) | (m.Data2 << 16));
        }
        return ([.. bytes], raw);
    }

    private static string Describe(MidiMessage m) => m.Kind switch
    {
        MidiMessageKind.NoteOff => $"note-off {m.Channel.Number} {m.Note} {m.Velocity}",
        MidiMessageKind.NoteOn => $"note-on {m.Channel.Number} {m.Note} {m.Velocity}",
        MidiMessageKind.PolyPressure => $"poly-pressure {m.Channel.Number} {m.Note} {m.Value}",
        MidiMessageKind.ControlChange => $"cc {m.Channel.Number} {m.Controller} {m.Value}",
        MidiMessageKind.ProgramChange => $"program {m.Channel.Number} {m.Program}",
        MidiMessageKind.ChannelPressure => $"channel-pressure {m.Channel.Number} {m.Value}",
        MidiMessageKind.PitchBend => $"pitch-bend {m.Channel.Number} {m.Value14}",
        MidiMessageKind.Clock => "clock",
        MidiMessageKind.Start => "start",
        MidiMessageKind.Continue => "continue",
        MidiMessageKind.Stop => "stop",
        MidiMessageKind.ActiveSensing => "active-sensing",
        _ => $"unexpected {m}",
    };

    private static string Describe(MidiEvent e) => e switch
    {
        ControlChangeEvent cc => $"cc {cc.Channel} {(int)cc.Controller} {cc.ControllerValue}",
        PatchChangeEvent pc => $"program {pc.Channel} {pc.Patch}",
        ChannelAfterTouchEvent at => $"channel-pressure {at.Channel} {at.AfterTouchPressure}",
        PitchWheelChangeEvent pb => $"pitch-bend {pb.Channel} {pb.Pitch}",
        NoteEvent n when n.CommandCode == MidiCommandCode.NoteOn => $"note-on {n.Channel} {n.NoteNumber} {n.Velocity}",
        NoteEvent n when n.CommandCode == MidiCommandCode.NoteOff => $"note-off {n.Channel} {n.NoteNumber} {n.Velocity}",
        NoteEvent n when n.CommandCode == MidiCommandCode.KeyAfterTouch => $"poly-pressure {n.Channel} {n.NoteNumber} {n.Velocity}",
        _ => e.CommandCode switch
        {
            MidiCommandCode.TimingClock => "clock",
            MidiCommandCode.StartSequence => "start",
            MidiCommandCode.ContinueSequence => "continue",
            MidiCommandCode.StopSequence => "stop",
            MidiCommandCode.AutoSensing => "active-sensing",
            _ => $"unexpected NAudio {e.CommandCode}",
        },
    };
}

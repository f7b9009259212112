using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Tests.Codec;

/// <summary>Seeded generators of MIDI messages and byte streams for property tests.</summary>
internal static class RandomMidi
{
    private static readonly byte[] RealTime = [0xF8, 0xFA, 0xFB, 0xFC, 0xFE];

    /// <summary>A random channel message (any of the seven kinds, any channel, any data).</summary>
    public static MidiMessage ChannelMessage(Random random)
    {
        var channel = new Channel(random.Next(16));
        var a = new SevenBit(random.Next(128));
        var b = new SevenBit(random.Next(128));
        return random.Next(7) switch
        {
            0 => MidiMessage.NoteOff(channel, a, b),
            1 => MidiMessage.NoteOn(channel, a, random.Next(8) == 0 ? default : b),
            2 => MidiMessage.PolyPressure(channel, a, b),
            3 => MidiMessage.ControlChange(channel, a, b),
            4 => MidiMessage.ProgramChange(channel, a),
            5 => MidiMessage.ChannelPressure(channel, a),
            _ => MidiMessage.PitchBend(channel, new FourteenBit(random.Next(16384))),
        };
    }

    /// <summary>Any short message: channel, system common or real-time (real-time including FF, which NAudio cannot read).</summary>
    public static MidiMessage AnyMessage(Random random) => random.Next(10) switch
    {
        0 => MidiMessage.MtcQuarterFrame(new SevenBit(random.Next(128))),
        1 => MidiMessage.SongPosition(new FourteenBit(random.Next(16384))),
        2 => MidiMessage.SongSelect(new SevenBit(random.Next(128))),
        3 => MidiMessage.System(random.Next(7) switch
        {
            0 => MidiMessageKind.TuneRequest,
            1 => MidiMessageKind.Clock,
            2 => MidiMessageKind.Start,
            3 => MidiMessageKind.Continue,
            4 => MidiMessageKind.Stop,
            5 => MidiMessageKind.ActiveSensing,
            _ => MidiMessageKind.Reset,
        }),
        _ => ChannelMessage(random),
    };

    /// <summary>A random real-time status byte NAudio understands (F8, FA, FB, FC, FE).</summary>
    public static byte RealTimeByte(Random random) => RealTime[random.Next(RealTime.Length)];

    /// <summary>Random bytes weighted towards MIDI structure: data, channel status, SysEx, EOX, system and undefined bytes.</summary>
    public static byte[] Garbage(Random random, int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = random.Next(10) switch
            {
                < 5 => (byte)random.Next(0x80),
                5 or 6 => (byte)random.Next(0x80, 0xF0),
                7 => random.Next(2) == 0 ? (byte)0xF0 : (byte)0xF7,
                _ => (byte)random.Next(0xF0, 0x100),
            };
        }
        return bytes;
    }

    /// <summary>Surface-like traffic for the parser's fast path: runs of running status (fader sweeps, pressure) of
    /// random length, status changes, real-time bytes anywhere (also inside messages), and now and then a SysEx, a
    /// system common message, a message cut short or a stray data byte.</summary>
    public static byte[] Structured(Random random, int messages)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < messages; i++)
        {
            var status = (byte)(random.Next(0x80, 0xF0) & (random.Next(3) == 0 ? 0xFF : 0xEF)); // often 2-data-byte kinds
            bytes.Add(status);
            var run = random.Next(4) == 0 ? random.Next(1, 60) : random.Next(1, 4);
            var length = (status & 0xE0) == 0xC0 ? 1 : 2;
            for (var m = 0; m < run; m++)
            {
                for (var k = 0; k < length; k++)
                {
                    if (random.Next(30) == 0)
                        bytes.Add(RealTimeByte(random));
                    bytes.Add((byte)random.Next(0x80));
                }
            }
            switch (random.Next(40))
            {
                case 0:
                    bytes.AddRange([0xF0, 0x00, 0x20, (byte)random.Next(0x80), 0xF7]);
                    break;
                case 1:
                    bytes.AddRange([0xF2, 0x10, 0x20]);
                    break;
                case 2:
                    bytes.Add((byte)random.Next(0x80)); // half a message: truncated by the next status
                    break;
                case 3:
                    bytes.AddRange([0xF6, (byte)random.Next(0x80)]); // tune request, then a stray byte
                    break;
                case 4:
                    bytes.Add((byte)(0xF9 + (random.Next(2) * 4))); // undefined real-time
                    break;
            }
        }
        return [.. bytes];
    }
}

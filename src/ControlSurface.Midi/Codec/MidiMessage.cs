using System.Globalization;

namespace ControlSurface.Midi.Codec;

/// <summary>One short MIDI 1.0 message (channel, system common or real-time): status, up to two data bytes, and where it began.</summary>
/// <remarks>
/// A 16-byte value, copied freely and never allocated on the heap. The named accessors read the data bytes by their
/// meaning for <see cref="Kind"/>; reading one that does not apply returns whatever that byte holds (usually 0).
/// <see cref="Offset"/> is the byte offset of the message's first byte in the parsed stream (its status byte, or its
/// first data byte under running status); messages built with the factories have offset 0.
/// </remarks>
public readonly record struct MidiMessage
{
    private MidiMessage(byte status, byte data1, byte data2, long offset)
    {
        Status = status;
        Data1 = data1;
        Data2 = data2;
        Offset = offset;
    }

    /// <summary>The status byte (0x80..0xFF, never F0, F4, F5, F7, F9 or FD).</summary>
    public byte Status { get; }

    /// <summary>The first data byte, or 0.</summary>
    public byte Data1 { get; }

    /// <summary>The second data byte, or 0.</summary>
    public byte Data2 { get; }

    /// <summary>Byte offset of the message's first byte in the stream.</summary>
    public long Offset { get; }

    /// <summary>What the message is.</summary>
    public MidiMessageKind Kind => (MidiMessageKind)Kinds[Status];

    /// <summary>True for channel messages (status 80..EF).</summary>
    public bool IsChannelMessage => Status < 0xF0;

    /// <summary>True for real-time messages (F8..FF).</summary>
    public bool IsRealTime => Status >= 0xF8;

    /// <summary>The channel (zero-based) of a channel message; channel 0 for system messages.</summary>
    public Channel Channel => Status < 0xF0 ? Channel.FromStatus(Status) : default;

    /// <summary>Note number of a note-off, note-on or poly pressure message.</summary>
    public SevenBit Note => SevenBit.FromDataByte(Data1);

    /// <summary>Velocity of a note-on or note-off.</summary>
    public SevenBit Velocity => SevenBit.FromDataByte(Data2);

    /// <summary>Controller number of a control change.</summary>
    public SevenBit Controller => SevenBit.FromDataByte(Data1);

    /// <summary>The value of a control change, poly pressure (second byte) or channel pressure, program change,
    /// song select and quarter frame (first byte).</summary>
    public SevenBit Value => SevenBit.FromDataByte(Status is >= 0xC0 and < 0xE0 or 0xF1 or 0xF3 ? Data1 : Data2);

    /// <summary>Program number of a program change.</summary>
    public SevenBit Program => SevenBit.FromDataByte(Data1);

    /// <summary>The 14-bit value of a pitch bend or song position pointer (LSB first on the wire).</summary>
    public FourteenBit Value14 => FourteenBit.FromDataBytes(Data1, Data2);

    /// <summary>Bytes on the wire with its status byte: 1, 2 or 3.</summary>
    public int Length => MidiStatus.DataLength(Status) + 1;

    /// <summary>Note off (8n).</summary>
    public static MidiMessage NoteOff(Channel channel, SevenBit note, SevenBit velocity) => Voice(0x80, channel, note, velocity);

    /// <summary>Note on (9n). Velocity 0 is a legal "note off" shorthand many devices use.</summary>
    public static MidiMessage NoteOn(Channel channel, SevenBit note, SevenBit velocity) => Voice(0x90, channel, note, velocity);

    /// <summary>Polyphonic key pressure (An).</summary>
    public static MidiMessage PolyPressure(Channel channel, SevenBit note, SevenBit pressure) => Voice(0xA0, channel, note, pressure);

    /// <summary>Control change (Bn).</summary>
    public static MidiMessage ControlChange(Channel channel, SevenBit controller, SevenBit value) => Voice(0xB0, channel, controller, value);

    /// <summary>Program change (Cn).</summary>
    public static MidiMessage ProgramChange(Channel channel, SevenBit program) => Voice(0xC0, channel, program, default);

    /// <summary>Channel pressure (Dn).</summary>
    public static MidiMessage ChannelPressure(Channel channel, SevenBit pressure) => Voice(0xD0, channel, pressure, default);

    /// <summary>Pitch bend (En); 8192 is centre.</summary>
    public static MidiMessage PitchBend(Channel channel, FourteenBit value) => Voice(0xE0, channel, value.Lsb, value.Msb);

    /// <summary>MTC quarter frame (F1).</summary>
    public static MidiMessage MtcQuarterFrame(SevenBit value) => new(0xF1, value, 0, 0);

    /// <summary>Song position pointer (F2), in MIDI beats.</summary>
    public static MidiMessage SongPosition(FourteenBit beats) => new(0xF2, beats.Lsb, beats.Msb, 0);

    /// <summary>Song select (F3).</summary>
    public static MidiMessage SongSelect(SevenBit song) => new(0xF3, song, 0, 0);

    /// <summary>A data-less system message: tune request or one of the real-time messages.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="kind"/> carries data.</exception>
    public static MidiMessage System(MidiMessageKind kind) => kind switch
    {
        MidiMessageKind.TuneRequest => new(0xF6, 0, 0, 0),
        MidiMessageKind.Clock => new(0xF8, 0, 0, 0),
        MidiMessageKind.Start => new(0xFA, 0, 0, 0),
        MidiMessageKind.Continue => new(0xFB, 0, 0, 0),
        MidiMessageKind.Stop => new(0xFC, 0, 0, 0),
        MidiMessageKind.ActiveSensing => new(0xFE, 0, 0, 0),
        MidiMessageKind.Reset => new(0xFF, 0, 0, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This kind carries data; use its own factory."),
    };

    /// <summary>Builds a message from bytes the parser has already validated.</summary>
    internal static MidiMessage FromParsed(byte status, byte data1, byte data2, long offset) => new(status, data1, data2, offset);

    /// <summary>The wire bytes in hex, e.g. "90 3C 64".</summary>
    public override string ToString() => Length switch
    {
        1 => Status.ToString("X2", CultureInfo.InvariantCulture),
        2 => string.Create(CultureInfo.InvariantCulture, $"{Status:X2} {Data1:X2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Status:X2} {Data1:X2} {Data2:X2}"),
    };

    private static MidiMessage Voice(byte kind, Channel channel, byte data1, byte data2) =>
        new((byte)(kind | channel.Index), data1, data2, 0);

    // Kind by status byte: one load, no branch, so it inlines into a sink's hot loop.
    private static ReadOnlySpan<byte> Kinds =>
    [
        // 00..7F: data bytes, never a status; kept as the arithmetic (status >> 4) - 8 gave them.
        0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8, 0xF8,
        0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9, 0xF9,
        0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA, 0xFA,
        0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB, 0xFB,
        0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC, 0xFC,
        0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD, 0xFD,
        0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE, 0xFE,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // NoteOff
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // NoteOn
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, // PolyPressure
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // ControlChange
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, // ProgramChange
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, // ChannelPressure
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, // PitchBend
        // F0..FF in MidiMessageKind order (7 = MtcQuarterFrame .. 16 = Reset); F0, F4, F5, F7, F9 and FD never reach a
        // MidiMessage and read as Reset.
        16, 7, 8, 9, 16, 16, 10, 16,
        11, 16, 12, 13, 14, 16, 15, 16,
    ];
}

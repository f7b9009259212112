namespace ControlSurface.Midi.Codec;

/// <summary>A System Exclusive message as the parser delivers it: a view over the parser's reusable buffer.</summary>
/// <remarks>
/// <see cref="Data"/> holds the bytes between F0 and F7 (both excluded) and is only valid during the sink call;
/// copy it if you need it later.
/// </remarks>
public readonly ref struct SysExMessage
{
    /// <summary>Creates a view.</summary>
    /// <param name="data">The bytes between F0 and F7.</param>
    /// <param name="isComplete">True when the message ended with F7.</param>
    /// <param name="offset">Byte offset of the F0.</param>
    public SysExMessage(ReadOnlySpan<byte> data, bool isComplete, long offset)
    {
        Data = data;
        IsComplete = isComplete;
        Offset = offset;
    }

    /// <summary>The bytes between F0 and F7; the manufacturer ID comes first.</summary>
    public ReadOnlySpan<byte> Data { get; }

    /// <summary>True when the message ended with F7; false when another status byte (or the end of input, or the length limit) cut it short.</summary>
    public bool IsComplete { get; }

    /// <summary>Byte offset of the F0 in the stream.</summary>
    public long Offset { get; }
}

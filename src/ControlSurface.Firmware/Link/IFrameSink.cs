namespace ControlSurface.Firmware.Link;

/// <summary>Where a <see cref="FrameBatch"/> sends its frames: the link's port (or a test's capture).</summary>
internal interface IFrameSink
{
    /// <summary>The next outgoing frame counter value.</summary>
    byte NextSequence();

    /// <summary>Writes whole frames.</summary>
    void WriteFrames(ReadOnlySpan<byte> frames, int count);
}

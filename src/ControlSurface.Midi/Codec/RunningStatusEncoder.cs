namespace ControlSurface.Midi.Codec;

/// <summary>Writes short messages, leaving out a channel status byte that repeats the previous one (MIDI running status).</summary>
/// <remarks>
/// Saves a third of the bytes on a DIN link when, say, one fader sends a stream of pitch bends. Follows the same rules
/// as the parser: real-time messages leave the running status alone; system common messages and SysEx cancel it.
/// Call <see cref="Invalidate"/> when the receiver may have lost track (after a reconnect, or periodically, since a
/// receiver that joins mid-stream needs a status byte). Not thread-safe: one per output port.
/// </remarks>
public sealed class RunningStatusEncoder
{
    private byte _running;

    /// <summary>Writes a message into <paramref name="destination"/> (at least 3 bytes long).</summary>
    /// <returns>Bytes written (0 if <paramref name="destination"/> is too small).</returns>
    public int Write(in MidiMessage message, Span<byte> destination)
    {
        if (message.IsRealTime)
            return MidiEncoder.Write(message, destination);
        if (!message.IsChannelMessage)
        {
            _running = 0;
            return MidiEncoder.Write(message, destination);
        }
        if (message.Status != _running)
        {
            var written = MidiEncoder.Write(message, destination);
            if (written > 0)
                _running = message.Status;
            return written;
        }
        var length = message.Length - 1;
        if (destination.Length < length)
            return 0;
        destination[0] = message.Data1;
        if (length > 1)
            destination[1] = message.Data2;
        return length;
    }

    /// <summary>Writes a SysEx (F0 body F7), which cancels running status.</summary>
    /// <returns>Bytes written (0 if <paramref name="destination"/> is too small).</returns>
    public int WriteSysEx(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        _running = 0;
        return MidiEncoder.WriteSysEx(data, destination);
    }

    /// <summary>Forgets the running status, so the next channel message carries its status byte.</summary>
    public void Invalidate() => _running = 0;
}

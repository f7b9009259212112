namespace ControlSurface.Midi.Ports;

/// <summary>A duplex MIDI byte port: JACK MIDI, ALSA rawmidi, serial MIDI, or an in-memory loopback.</summary>
/// <remarks>
/// Both directions are byte streams. <see cref="Send"/> takes complete MIDI messages (status byte first,
/// no running status) so message-based transports such as JACK can frame them. <see cref="ReceiveAsync"/>
/// returns whatever bytes arrived; a stream port may split or join messages anywhere and may use running
/// status, so readers parse with a stateful MIDI parser. A port survives its device or server going away
/// and coming back: sends are dropped (and counted) while it is down, receives simply wait.
/// </remarks>
public interface IMidiPort : IAsyncDisposable
{
    /// <summary>A name a user recognises, e.g. "jack:controlsurface:mackie" or "/dev/snd/midiC1D0".</summary>
    string Name { get; }

    /// <summary>True while the underlying device or server connection is up.</summary>
    bool IsConnected { get; }

    /// <summary>Queues complete MIDI messages for sending; never blocks. Thread-safe.</summary>
    /// <returns>False when the port is down or its queue is full (the bytes are dropped and counted).</returns>
    bool Send(ReadOnlySpan<byte> messages);

    /// <summary>Waits for bytes from the port and copies up to <paramref name="buffer"/>'s length into it.</summary>
    /// <returns>The number of bytes copied (at least 1). Only one reader at a time.</returns>
    ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation);

    /// <summary>Counters: bytes in and out, messages dropped, reconnects.</summary>
    MidiPortCounters Counters { get; }
}

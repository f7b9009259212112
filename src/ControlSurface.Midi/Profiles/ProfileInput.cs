using ControlSurface.Midi.Codec;

namespace ControlSurface.Midi.Profiles;

/// <summary>Bytes from a controller's port to control events: the streaming MIDI parser followed by a <see cref="ProfileDecoder"/>.</summary>
/// <remarks>Handles running status, messages split across reads and real-time bytes in between; counts what it could not use.
/// Allocation-free per message; not thread-safe (one per port reader).</remarks>
public sealed class ProfileInput
{
    private readonly MidiStreamParser _parser = new();

    /// <summary>Creates the input stage for a compiled profile.</summary>
    public ProfileInput(ProfileDecoder decoder) => Decoder = decoder ?? throw new ArgumentNullException(nameof(decoder));

    /// <summary>The decoder messages go to.</summary>
    public ProfileDecoder Decoder { get; }

    /// <summary>SysEx messages received (device replies; no control sends SysEx).</summary>
    public long SysEx { get; private set; }

    /// <summary>Stream errors the parser reported and recovered from.</summary>
    public long StreamErrors { get; private set; }

    /// <summary>Feeds the next bytes read from the port.</summary>
    public void Feed<TSink>(ReadOnlySpan<byte> bytes, ref TSink sink)
        where TSink : IControlEventSink
    {
        var bridge = new Bridge<TSink>(this, ref sink);
        _parser.Parse(bytes, ref bridge);
    }

    /// <summary>Forgets partial messages and decoder state (after a reconnect).</summary>
    public void Reset()
    {
        _parser.Reset();
        Decoder.Reset();
    }

    private ref struct Bridge<TSink> : IMidiSink
        where TSink : IControlEventSink
    {
        private readonly ProfileInput _owner;
        private ref TSink _sink;

        public Bridge(ProfileInput owner, ref TSink sink)
        {
            _owner = owner;
            _sink = ref sink;
        }

        public void OnMessage(in MidiMessage message)
        {
            if (!message.IsRealTime)
                _owner.Decoder.Decode(message, ref _sink);
        }

        public readonly void OnSysEx(in SysExMessage sysEx) => _owner.SysEx++;

        public readonly void OnError(in MidiError error) => _owner.StreamErrors++;
    }
}

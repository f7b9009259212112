namespace ControlSurface.Midi.Codec;

/// <summary>Receives what <see cref="MidiStreamParser"/> decodes, in stream order.</summary>
/// <remarks>
/// Implement it on a struct and pass it by <c>ref</c>: the parser is generic over the sink, so the calls are
/// direct (often inlined) and nothing is boxed. Calls arrive on the thread that called Parse.
/// </remarks>
public interface IMidiSink
{
    /// <summary>A complete channel, system common or real-time message.</summary>
    void OnMessage(in MidiMessage message);

    /// <summary>A System Exclusive message, complete or cut short.</summary>
    void OnSysEx(in SysExMessage sysEx);

    /// <summary>A problem in the stream; the parser has already recovered.</summary>
    void OnError(in MidiError error);
}

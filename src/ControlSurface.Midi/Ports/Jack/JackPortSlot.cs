namespace ControlSurface.Midi.Ports.Jack;

/// <summary>What the process callback needs of one duplex port: the JACK handles and the two queues.</summary>
/// <remarks>Handles are written by the supervisor only while the client is inactive or before the slot is published.</remarks>
internal sealed class JackPortSlot(SpscByteRing received, SpscByteRing toSend, MidiPortCounters counters)
{
    public readonly SpscByteRing Received = received;
    public readonly SpscByteRing ToSend = toSend;
    public readonly MidiPortCounters Counters = counters;
    public nint InPort;
    public nint OutPort;
    public int HasData;
}

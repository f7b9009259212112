using ControlSurface.Midi.Ports;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Host.Midi;

/// <summary>A JACK port pair together with the client that owns it, so a component can close both.</summary>
/// <remarks>
/// Connected means more than "our client is up": the device's ports we were told to use must be
/// connected to ours. A USB device that is unplugged takes its (a2j/ALSA) ports with it, so the surface
/// sees its port go down, and when the ports come back and the client reconnects them it re-initialises
/// the device (profile init messages, Mackie handshake and state push).
/// </remarks>
internal sealed class JackDevicePort(JackMidiClient client, JackMidiPort port, bool wantsInput, bool wantsOutput) : IMidiPort
{
    public string Name => port.Name;

    public bool IsConnected => port.IsConnected && (!wantsInput || port.HasInputConnection) && (!wantsOutput || port.HasOutputConnection);

    public MidiPortCounters Counters => port.Counters;

    public bool Send(ReadOnlySpan<byte> messages) => port.Send(messages);

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation) => port.ReceiveAsync(buffer, cancellation);

    public async ValueTask DisposeAsync()
    {
        await port.DisposeAsync().ConfigureAwait(false);
        await client.DisposeAsync().ConfigureAwait(false);
    }
}

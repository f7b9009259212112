using ControlSurface.Midi.Ports;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Host.Midi;

/// <summary>A JACK port pair together with the client that owns it, so a component can close both.</summary>
internal sealed class JackDevicePort(JackMidiClient client, JackMidiPort port) : IMidiPort
{
    public string Name => port.Name;

    public bool IsConnected => port.IsConnected;

    public MidiPortCounters Counters => port.Counters;

    public bool Send(ReadOnlySpan<byte> messages) => port.Send(messages);

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation) => port.ReceiveAsync(buffer, cancellation);

    public async ValueTask DisposeAsync()
    {
        await port.DisposeAsync().ConfigureAwait(false);
        await client.DisposeAsync().ConfigureAwait(false);
    }
}

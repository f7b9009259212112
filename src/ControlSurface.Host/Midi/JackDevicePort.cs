using ControlSurface.Midi.Ports;
using ControlSurface.Midi.Ports.Jack;

namespace ControlSurface.Host.Midi;

/// <summary>A JACK port pair together with the client that owns it, so a component can close both.</summary>
/// <remarks>
/// Connected means more than "our client is up": the device's ports we were told to use must be
/// connected to ours. A USB device that is unplugged takes its (a2j/ALSA) ports with it, so the surface
/// sees its port go down, and when the ports come back and the client reconnects them it re-initialises
/// the device (profile init messages, Mackie handshake and state push). The connection state is read on
/// the client's supervisor thread, the one that also closes the client, so no port handle is used after
/// the server dropped it; readers only see a cached flag.
/// </remarks>
internal sealed class JackDevicePort : IMidiPort
{
    private readonly JackMidiClient _client;
    private readonly JackMidiPort _port;
    private readonly bool _wantsInput;
    private readonly bool _wantsOutput;
    private volatile bool _linked;

    public JackDevicePort(JackMidiClient client, JackMidiPort port, bool wantsInput, bool wantsOutput)
    {
        _client = client;
        _port = port;
        _wantsInput = wantsInput;
        _wantsOutput = wantsOutput;
        client.GraphChanged += Refresh;
        client.ConnectionChanged += OnConnectionChanged;
        if (!wantsInput && !wantsOutput)
            _linked = true;
    }

    public string Name => _port.Name;

    public bool IsConnected => _port.IsConnected && _linked;

    public MidiPortCounters Counters => _port.Counters;

    public bool Send(ReadOnlySpan<byte> messages) => _port.Send(messages);

    public ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellation) => _port.ReceiveAsync(buffer, cancellation);

    public async ValueTask DisposeAsync()
    {
        _client.GraphChanged -= Refresh;
        _client.ConnectionChanged -= OnConnectionChanged;
        await _port.DisposeAsync().ConfigureAwait(false);
        await _client.DisposeAsync().ConfigureAwait(false);
    }

    private void OnConnectionChanged(bool up)
    {
        if (up)
            Refresh();
        else if (_wantsInput || _wantsOutput)
            _linked = false;
    }

    private void Refresh()
    {
        if (_wantsInput || _wantsOutput)
            _linked = (!_wantsInput || _port.HasInputConnection) && (!_wantsOutput || _port.HasOutputConnection);
    }
}

namespace ControlSurface.Midi.Ports.Jack;

/// <summary>How a <see cref="JackMidiClient"/> finds and keeps its server.</summary>
/// <param name="ServerName">JACK server name; null uses JACK_DEFAULT_SERVER as the process started with, else "default".</param>
/// <param name="RetryInterval">Wait between attempts to open the client while the server is down.</param>
/// <param name="QueueBytes">Size of each port's receive and send queue.</param>
public sealed record JackClientOptions(string? ServerName = null, TimeSpan RetryInterval = default, int QueueBytes = 64 * 1024)
{
    /// <summary>The retry interval actually used (500 ms when not given).</summary>
    public TimeSpan EffectiveRetryInterval => RetryInterval > TimeSpan.Zero ? RetryInterval : TimeSpan.FromMilliseconds(500);
}

using ControlSurface.Core.Engine;
using ControlSurface.Core.Takes;

namespace ControlSurface.Host.Takes;

/// <summary>A transport for logging takes with no DAW attached: the position runs with the wall clock from when it was created.</summary>
/// <remarks>Commands are counted, not sent anywhere; there are no armed strips.</remarks>
internal sealed class ClockTransport(TimeProvider time, int sampleRate = 48_000) : ITakeTransport
{
    private readonly long _start = time.GetTimestamp();

    /// <inheritdoc />
    public long Position => (long)(time.GetElapsedTime(_start).TotalSeconds * sampleRate);

    /// <inheritdoc />
    public int SampleRate => sampleRate;

    /// <inheritdoc />
    public IReadOnlyList<int> ArmedTracks => [];

    /// <summary>Commands received.</summary>
    public int Commands { get; private set; }

    /// <inheritdoc />
    public void Send(ModelAddress address, double value) => Commands++;
}

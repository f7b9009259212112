using ControlSurface.Core.Engine;
using ControlSurface.Core.Takes;

namespace ControlSurface.Core.Tests.Takes;

/// <summary>A transport that records the commands it is sent and moves only when told.</summary>
public sealed class FakeTransport : ITakeTransport
{
    public long Position { get; set; }

    public int SampleRate { get; set; } = 48_000;

    public IReadOnlyList<int> ArmedTracks { get; set; } = [0, 1];

    public List<(Parameter Parameter, double Value)> Sent { get; } = [];

    public void Send(ModelAddress address, double value) => Sent.Add((address.Parameter, value));
}

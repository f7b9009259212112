namespace ControlSurface.Midi.Tests.Ports.Jack;

/// <summary>Tests that open JACK clients run one at a time: libjack keeps per-process state.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JackCollection
{
    public const string Name = "jack";
}

namespace ControlSurface.Host.Tests.Midi;

/// <summary>Host tests that open JACK clients run one at a time: libjack keeps per-process state.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JackHostCollection
{
    public const string Name = "jack-host";
}

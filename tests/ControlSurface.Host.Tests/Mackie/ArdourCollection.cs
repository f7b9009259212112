namespace ControlSurface.Host.Tests.Mackie;

/// <summary>Tests that run the bridge against a real Ardour run alone: a JACK client and a headless DAW on 2 shared cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ArdourCollection
{
    public const string Name = "ardour";
}

namespace ControlSurface.Host.Config;

/// <summary>One `kind:` of surface or target the configuration may name.</summary>
/// <remarks>
/// <see cref="Parse"/> reads and checks every setting without touching hardware, so `check-config`
/// catches every mistake a run would; <see cref="Create"/> builds the component from those settings.
/// </remarks>
internal interface IComponentKind
{
    /// <summary>The value of `kind:` in the file.</summary>
    string Kind { get; }

    /// <summary>"surface" or "target".</summary>
    string Role { get; }

    /// <summary>One line for the docs and error messages.</summary>
    string Description { get; }

    /// <summary>Reads and validates the settings of one entry (throw <see cref="ConfigException"/> via the node).</summary>
    object Parse(ConfigNode node);

    /// <summary>Builds the component called <paramref name="name"/> and registers it with the engine.</summary>
    IBridgeComponent Create(string name, object settings, BridgeContext context);
}

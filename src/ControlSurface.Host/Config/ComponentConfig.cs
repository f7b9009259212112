namespace ControlSurface.Host.Config;

/// <summary>One entry under `surfaces:` or `targets:`, parsed and checked.</summary>
internal sealed record ComponentConfig(IComponentKind Kind, string Name, object Settings);

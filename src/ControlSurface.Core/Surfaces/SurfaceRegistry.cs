namespace ControlSurface.Core.Surfaces;

/// <summary>The surfaces the engine knows, indexed by the number carried in <see cref="ControlEvent.Surface"/>.</summary>
/// <remarks>Register before the engine starts; the index is stable for the life of the engine.</remarks>
public sealed class SurfaceRegistry
{
    private readonly List<ISurface> _surfaces = [];

    /// <summary>The registered surfaces in registration order.</summary>
    public IReadOnlyList<ISurface> All => _surfaces;

    /// <summary>Adds a surface and returns its index.</summary>
    public int Add(ISurface surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        _surfaces.Add(surface);
        return _surfaces.Count - 1;
    }
}

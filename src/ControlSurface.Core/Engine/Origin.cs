namespace ControlSurface.Core.Engine;

/// <summary>Where a model change came from, so feedback can tell a hand's move from a DAW's echo.</summary>
/// <param name="Kind">Surface, target, engine (timers, scripts) or replay.</param>
/// <param name="Index">Surface or target index; -1 for the engine itself.</param>
public readonly record struct Origin(OriginKind Kind, int Index)
{
    /// <summary>The engine itself (timers, transport running).</summary>
    public static Origin Engine => new(OriginKind.Engine, -1);

    /// <summary>Surface number <paramref name="index"/>.</summary>
    public static Origin Surface(int index) => new(OriginKind.Surface, index);

    /// <summary>Target number <paramref name="index"/>.</summary>
    public static Origin Target(int index) => new(OriginKind.Target, index);
}

namespace ControlSurface.Core.Engine;

/// <summary>Where in the model a value lives: a parameter and, for strips, the strip number.</summary>
/// <param name="Parameter">What.</param>
/// <param name="Index">Zero-based strip number, <see cref="Master"/> for the master strip; ignored by transport parameters.</param>
public readonly record struct ModelAddress(Parameter Parameter, int Index = 0)
{
    /// <summary>The index that names the master strip.</summary>
    public const int Master = -1;

    /// <summary>Strip <paramref name="strip"/>'s fader.</summary>
    public static ModelAddress Fader(int strip) => new(Parameter.Fader, strip);
}

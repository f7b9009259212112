namespace ControlSurface.Core.Surfaces;

/// <summary>What a surface has, as far as the engine cares.</summary>
/// <param name="Faders">Number of faders (strip faders; a master fader, if any, is the last one).</param>
/// <param name="MotorizedFaders">True when the faders have motors that can be driven.</param>
/// <param name="TouchSensing">True when the faders report touch.</param>
/// <param name="Pads">Number of pads.</param>
/// <param name="Buttons">Number of buttons.</param>
/// <param name="Encoders">Number of encoders.</param>
/// <param name="DisplayLines">Lines of text per strip (0 without a display).</param>
/// <param name="DisplayCharacters">Characters per line per strip.</param>
/// <param name="FadersWithoutMotor">
/// On a surface with motorized faders, a bit per fader (bit 0 = fader 0) for the ones that have no motor:
/// they use soft takeover instead of motor targets. Faders from 64 on always follow <paramref name="MotorizedFaders"/>.
/// </param>
public sealed record SurfaceLayout(
    int Faders,
    bool MotorizedFaders,
    bool TouchSensing,
    int Pads,
    int Buttons,
    int Encoders,
    int DisplayLines = 0,
    int DisplayCharacters = 0,
    long FadersWithoutMotor = 0)
{
    /// <summary>True when fader <paramref name="fader"/> has a motor the feedback stage may drive.</summary>
    public bool HasMotor(int fader) =>
        MotorizedFaders && ((uint)fader >= 64 || (FadersWithoutMotor & (1L << fader)) == 0);
}

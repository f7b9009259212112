namespace ControlSurface.Firmware.Simulation;

/// <summary>What a simulated board has and how it behaves.</summary>
/// <param name="Serial">The identity it announces in HELLO.</param>
/// <param name="Faders">Motor faders (0-64).</param>
/// <param name="Pads">Velocity/pressure pads (0-128).</param>
/// <param name="Buttons">Buttons (0-128), each with an LED.</param>
/// <param name="Encoders">Encoders (0-64), each with an LED ring.</param>
/// <param name="FaderBits">ADC resolution of the faders.</param>
/// <param name="NoiseLsb">ADC noise, uniformly within ±this many LSB.</param>
/// <param name="Seed">Seed for the ADC noise, so runs repeat.</param>
/// <param name="IgnoreTouch">When true the firmware drives touched faders anyway (a test mode; real firmware lets go).</param>
public sealed record SimulatorOptions(
    string Serial = "SIM-0001",
    int Faders = 8,
    int Pads = 16,
    int Buttons = 32,
    int Encoders = 8,
    int FaderBits = 10,
    int NoiseLsb = 2,
    int Seed = 1,
    bool IgnoreTouch = false)
{
    /// <summary>The model name announced in HELLO.</summary>
    public string Model { get; init; } = "ControlSurface simulator";

    /// <summary>Resolution of pad velocity and pressure.</summary>
    public int PadBits { get; init; } = 7;

    /// <summary>Display lines per strip (one display per fader).</summary>
    public int DisplayLines { get; init; } = 2;

    /// <summary>Characters per display line.</summary>
    public int DisplayCharacters { get; init; } = 7;

    /// <summary>Motor and PID constants.</summary>
    public FaderPhysicsParameters Physics { get; init; } = FaderPhysicsParameters.Default;

    /// <summary>Raw reading at the bottom stop (calibration minimum before any CONFIG_SET).</summary>
    public int RawMin { get; init; } = 8;

    /// <summary>Raw reading at the top stop; -1 means full scale minus <see cref="RawMin"/>.</summary>
    public int RawMax { get; init; } = -1;
}

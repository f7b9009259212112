using ControlSurface.Firmware.Link;
using ControlSurface.Firmware.Serial;

namespace ControlSurface.Firmware.Simulation;

/// <summary>How <see cref="SimulatedBoardRig"/> wires a simulated board to a host over a pseudo-terminal.</summary>
public sealed record RigOptions
{
    /// <summary>The simulated board.</summary>
    public SimulatorOptions Board { get; init; } = new();

    /// <summary>The host link's timing.</summary>
    public FirmwareLinkOptions Link { get; init; } = new();

    /// <summary>The path of the symlink to the pty slave (the "serial port"); null for a fresh one in the temp directory.</summary>
    public string? PortPath { get; init; }

    /// <summary>Host serial path: "tty" (Linux direct, the default), "ports" (System.IO.Ports) or "auto".</summary>
    public string SerialPath { get; init; } = "tty";

    /// <summary>Faults injected on both directions, or null for a clean line.</summary>
    public FaultRates? Faults { get; init; }

    /// <summary>Seed of the fault injectors.</summary>
    public int FaultSeed { get; init; } = 1;
}

using ControlSurface.Host.Demo;

namespace ControlSurface.Host.Config;

/// <summary>Every `kind:` a configuration may use. Add one line per new adapter.</summary>
internal static class ComponentKinds
{
    public static IReadOnlyList<IComponentKind> All { get; } =
    [
        new SimulatedBoardKind(),
        new BuiltInMixerKind(),
        new Firmware.FirmwareBoardKind(),
        new Midi.MidiControllerKind(),
        new Midi.MackieSurfaceKind(),
        new Pi.PiBoardKind(),
    ];
}

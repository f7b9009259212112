using ControlSurface.Core.Mapping;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Midi.Profiles;

/// <summary>A MIDI controller described by a profile file: which ports it appears on, its controls, its feedback, its default mapping.</summary>
/// <remarks>Immutable. Compile it with <see cref="ProfileDecoder"/> and <see cref="ProfileEncoder"/>; see Profiles/README.md for the file format.</remarks>
/// <param name="Name">The controller's name, e.g. "Korg nanoKONTROL2".</param>
/// <param name="Source">Where it was loaded from ("builtin:nanokontrol2" or a file path).</param>
/// <param name="PortPatterns">Port-name patterns (<c>*</c> and <c>?</c> wildcards, case-insensitive) that identify the device.</param>
/// <param name="Init">Messages sent when the port opens (e.g. a mode switch), each complete.</param>
/// <param name="Exit">Messages sent before the port closes (e.g. back to the device's own mode).</param>
/// <param name="Controls">Every control, one entry each.</param>
/// <param name="Palette">The RGB palette, for LEDs with <see cref="LedSpec.UsePalette"/>.</param>
/// <param name="Bindings">The default mapping onto the model (a configuration may replace it).</param>
public sealed record ControllerProfile(
    string Name,
    string Source,
    IReadOnlyList<string> PortPatterns,
    IReadOnlyList<byte[]> Init,
    IReadOnlyList<byte[]> Exit,
    IReadOnlyList<ProfileControl> Controls,
    ColorPalette Palette,
    IReadOnlyList<ControlBinding> Bindings)
{
    /// <summary>The controls seen as a surface layout (counts are highest number + 1 per kind).</summary>
    public SurfaceLayout Layout
    {
        get
        {
            int faders = 0, pads = 0, buttons = 0, knobs = 0;
            bool motor = false, touch = false;
            foreach (var c in Controls)
            {
                switch (c.Kind)
                {
                    case ProfileControlKind.Fader:
                        faders = Math.Max(faders, c.Number + 1);
                        motor |= c.Motor;
                        touch |= c.Touch is not null;
                        break;
                    case ProfileControlKind.Knob: knobs = Math.Max(knobs, c.Number + 1); break;
                    case ProfileControlKind.Pad: pads = Math.Max(pads, c.Number + 1); break;
                    default: buttons = Math.Max(buttons, c.Number + 1); break;
                }
            }
            return new SurfaceLayout(faders, motor, touch, pads, buttons, knobs);
        }
    }

    /// <summary>True when <paramref name="portName"/> matches one of <see cref="PortPatterns"/>.</summary>
    public bool Matches(string portName) => PortPatterns.Any(p => PortPattern.IsMatch(p, portName));
}

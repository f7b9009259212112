namespace ControlSurface.Pi.Board;

/// <summary>What is wired to the Pi: the chips and which control each input or output is.</summary>
/// <remarks>Read with <see cref="BoardReader"/>, which validates it; pins are BCM GPIO numbers.</remarks>
/// <param name="GpioChip">The gpiochip number for libgpiod (0 on Pi OS since 2024-10; null picks the default driver).</param>
/// <param name="Chips">Chips by declaration order.</param>
/// <param name="Faders">Faders.</param>
/// <param name="Buttons">Buttons.</param>
/// <param name="Encoders">Encoders.</param>
/// <param name="Pads">Touch pads.</param>
/// <param name="Leds">LEDs.</param>
/// <param name="Display">The scribble-strip display, or null.</param>
public sealed record BoardDescription(
    int? GpioChip,
    IReadOnlyList<ChipSpec> Chips,
    IReadOnlyList<FaderSpec> Faders,
    IReadOnlyList<ButtonSpec> Buttons,
    IReadOnlyList<EncoderSpec> Encoders,
    IReadOnlyList<PadSpec> Pads,
    IReadOnlyList<LedSpec> Leds,
    DisplaySpec? Display)
{
    /// <summary>The chip with <paramref name="id"/>, or null.</summary>
    public ChipSpec? Chip(string id)
    {
        foreach (var c in Chips)
        {
            if (string.Equals(c.Id, id, StringComparison.Ordinal))
                return c;
        }
        return null;
    }
}

namespace ControlSurface.Pi.Board;

/// <summary>One chip on the board: what it is and where it sits.</summary>
/// <param name="Id">The name controls use to refer to the chip.</param>
/// <param name="Kind">The chip type.</param>
/// <param name="Bus">I2C bus number (1 for /dev/i2c-1) or SPI bus number (0 for /dev/spidev0.x).</param>
/// <param name="Address">I2C address (7-bit); -1 for SPI chips.</param>
/// <param name="ChipSelect">SPI chip select; -1 for I2C chips.</param>
/// <param name="InterruptPin">Pi GPIO (BCM number) wired to the chip's interrupt output, or -1.</param>
/// <param name="Count">LED count for a WS2812 chain; 0 otherwise.</param>
/// <param name="Columns">Text columns of a display (HD44780; SSD1306: width / 6); 0 otherwise.</param>
/// <param name="Rows">Text rows of a display (HD44780; SSD1306: height / 8); 0 otherwise.</param>
/// <param name="FrequencyHz">PWM frequency for a PCA9685; 0 otherwise.</param>
/// <param name="Path">Where the chip was declared, e.g. "chips[2]", for error messages.</param>
/// <param name="Width">Pixels across (SSD1306); 0 otherwise.</param>
/// <param name="Height">Pixels down (SSD1306); 0 otherwise.</param>
public sealed record ChipSpec(
    string Id,
    ChipKind Kind,
    int Bus,
    int Address,
    int ChipSelect,
    int InterruptPin,
    int Count,
    int Columns,
    int Rows,
    double FrequencyHz,
    string Path,
    int Width = 0,
    int Height = 0)
{
    /// <summary>True for chips on an I2C bus.</summary>
    public bool IsI2c => Kind is ChipKind.Ads1115 or ChipKind.Pca9685 or ChipKind.Mpr121 or ChipKind.Mcp23017 or ChipKind.Hd44780 or ChipKind.Ssd1306;
}

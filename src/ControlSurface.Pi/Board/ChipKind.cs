namespace ControlSurface.Pi.Board;

/// <summary>The chips a Pi board description can name.</summary>
public enum ChipKind
{
    /// <summary>TI ADS1115: 4-channel 16-bit ADC on I2C (fader wipers, pots).</summary>
    Ads1115,
    /// <summary>Microchip MCP3008: 8-channel 10-bit ADC on SPI.</summary>
    Mcp3008,
    /// <summary>NXP PCA9685: 16-channel PWM driver on I2C (motor speed into an H-bridge).</summary>
    Pca9685,
    /// <summary>NXP MPR121: 12-electrode capacitive touch on I2C (fader knobs, pads).</summary>
    Mpr121,
    /// <summary>Microchip MCP23017: 16-pin I/O expander on I2C with interrupt lines (buttons).</summary>
    Mcp23017,
    /// <summary>WS2812B LED chain driven from SPI MOSI.</summary>
    Ws2812,
    /// <summary>HD44780 character LCD behind a PCF8574 I2C backpack (scribble strips).</summary>
    Hd44780,
    /// <summary>SSD1306 monochrome OLED on I2C, 128×32 or 128×64 (scribble strips in a 6×8 font: 21 characters per line).</summary>
    Ssd1306,
}

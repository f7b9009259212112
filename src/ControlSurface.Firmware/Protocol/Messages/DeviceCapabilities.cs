using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>What a board has, as announced in its <see cref="Hello"/>.</summary>
/// <param name="Faders">Number of faders (0-64).</param>
/// <param name="FaderBits">ADC resolution of fader positions in bits (1-16); positions run 0..2^bits-1.</param>
/// <param name="Motorized">True when the faders have motors.</param>
/// <param name="TouchSensing">True when the faders sense touch.</param>
/// <param name="Pads">Number of pads (0-128).</param>
/// <param name="PadBits">Resolution of pad velocity and pressure in bits (1-15).</param>
/// <param name="PadVelocity">True when pads report velocity (otherwise hits carry full scale).</param>
/// <param name="PadPressure">True when pads report pressure while held.</param>
/// <param name="Buttons">Number of buttons (0-128).</param>
/// <param name="Encoders">Number of encoders (0-64).</param>
/// <param name="Leds">Number of LEDs (0-1024).</param>
/// <param name="RgbLeds">True when LEDs take a colour, false for single-colour LEDs.</param>
/// <param name="DisplayStrips">Number of strips with a text display (0-64).</param>
/// <param name="DisplayLines">Lines per strip display.</param>
/// <param name="DisplayCharacters">Characters per line.</param>
/// <param name="Meters">Number of level meters (0-64).</param>
public readonly record struct DeviceCapabilities(
    byte Faders,
    byte FaderBits,
    bool Motorized,
    bool TouchSensing,
    byte Pads,
    byte PadBits,
    bool PadVelocity,
    bool PadPressure,
    byte Buttons,
    byte Encoders,
    ushort Leds,
    bool RgbLeds,
    byte DisplayStrips,
    byte DisplayLines,
    byte DisplayCharacters,
    byte Meters)
{
    /// <summary>Bytes on the wire.</summary>
    public const int Length = 16;

    /// <summary>True when every count and resolution is within the protocol's limits.</summary>
    public bool IsValid =>
        Faders <= 64 && FaderBits is >= 1 and <= 16 && Pads <= 128 && PadBits is >= 1 and <= 15 && Buttons <= 128 &&
        Encoders <= 64 && Leds <= 1024 && DisplayStrips <= 64 && Meters <= 64 &&
        (DisplayStrips == 0 || (DisplayLines is >= 1 and <= 8 && DisplayCharacters is >= 1 and <= 64));

    /// <summary>The largest raw fader position, 2^bits-1.</summary>
    public int FaderFullScale => (1 << FaderBits) - 1;

    /// <summary>The largest pad velocity or pressure, 2^bits-1.</summary>
    public int PadFullScale => (1 << PadBits) - 1;

    internal static DeviceCapabilities Read(ReadOnlySpan<byte> p) => new(
        p[0], p[1], (p[2] & 1) != 0, (p[2] & 2) != 0,
        p[3], p[4], (p[5] & 1) != 0, (p[5] & 2) != 0,
        p[6], p[7], (ushort)(p[8] | (p[9] << 8)), (p[10] & 1) != 0,
        p[11], p[12], p[13], p[14]);

    internal void Write(Span<byte> p)
    {
        p[0] = Faders;
        p[1] = FaderBits;
        p[2] = (byte)((Motorized ? 1 : 0) | (TouchSensing ? 2 : 0));
        p[3] = Pads;
        p[4] = PadBits;
        p[5] = (byte)((PadVelocity ? 1 : 0) | (PadPressure ? 2 : 0));
        p[6] = Buttons;
        p[7] = Encoders;
        p[8] = (byte)Leds;
        p[9] = (byte)(Leds >> 8);
        p[10] = (byte)(RgbLeds ? 1 : 0);
        p[11] = DisplayStrips;
        p[12] = DisplayLines;
        p[13] = DisplayCharacters;
        p[14] = Meters;
        p[15] = 0;
    }

    internal void WriteJson(Utf8JsonWriter json)
    {
        json.WriteNumber("faders", Faders);
        json.WriteNumber("faderBits", FaderBits);
        json.WriteBoolean("motorized", Motorized);
        json.WriteBoolean("touchSensing", TouchSensing);
        json.WriteNumber("pads", Pads);
        json.WriteNumber("padBits", PadBits);
        json.WriteBoolean("padVelocity", PadVelocity);
        json.WriteBoolean("padPressure", PadPressure);
        json.WriteNumber("buttons", Buttons);
        json.WriteNumber("encoders", Encoders);
        json.WriteNumber("leds", Leds);
        json.WriteBoolean("rgbLeds", RgbLeds);
        json.WriteNumber("displayStrips", DisplayStrips);
        json.WriteNumber("displayLines", DisplayLines);
        json.WriteNumber("displayCharacters", DisplayCharacters);
        json.WriteNumber("meters", Meters);
    }
}

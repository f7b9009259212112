using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device (state): an LED's mode and colour.</summary>
/// <param name="Led">Zero-based LED number.</param>
/// <param name="Mode">Off, on or blinking.</param>
/// <param name="Color">0xRRGGBB; single-colour LEDs ignore it.</param>
public readonly record struct LedState(ushort Led, LedMode Mode, int Color) : IFirmwareMessage<LedState>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Led;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out LedState message)
    {
        var ok = payload.Length == 6 && payload[2] <= 2;
        message = ok
            ? new LedState(BinaryPrimitives.ReadUInt16LittleEndian(payload), (LedMode)payload[2], (payload[3] << 16) | (payload[4] << 8) | payload[5])
            : default;
        return ok;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(payload, Led);
        payload[2] = (byte)Mode;
        payload[3] = (byte)(Color >> 16);
        payload[4] = (byte)(Color >> 8);
        payload[5] = (byte)Color;
        return 6;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("led", Led);
        json.WriteString("mode", Mode.ToString());
        json.WriteString("color", $"#{Color & 0xFFFFFF:X6}");
    }
}

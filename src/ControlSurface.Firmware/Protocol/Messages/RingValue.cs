using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device (state): an encoder LED ring's value.</summary>
/// <param name="Encoder">Zero-based encoder number.</param>
/// <param name="Value">0 .. 65535 (full ring).</param>
public readonly record struct RingValue(byte Encoder, ushort Value) : IFirmwareMessage<RingValue>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Ring;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out RingValue message)
    {
        message = payload.Length == 3 ? new RingValue(payload[0], BinaryPrimitives.ReadUInt16LittleEndian(payload[1..])) : default;
        return payload.Length == 3;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Encoder;
        BinaryPrimitives.WriteUInt16LittleEndian(payload[1..], Value);
        return 3;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("encoder", Encoder);
        json.WriteNumber("value", Value);
    }
}

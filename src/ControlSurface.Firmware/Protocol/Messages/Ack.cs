using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device: cumulative acknowledgement; every event before <paramref name="NextExpected"/> was delivered.</summary>
/// <param name="NextExpected">The event sequence number the host expects next.</param>
public readonly record struct Ack(ushort NextExpected) : IFirmwareMessage<Ack>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Ack;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out Ack message)
    {
        message = payload.Length == 2 ? new Ack(BinaryPrimitives.ReadUInt16LittleEndian(payload)) : default;
        return payload.Length == 2;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(payload, NextExpected);
        return 2;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("nextExpected", NextExpected);
    }
}

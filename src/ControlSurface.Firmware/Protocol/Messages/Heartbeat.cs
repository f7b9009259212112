using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Both ways: a heartbeat request, or the reply to one; the requester computes the round-trip time.</summary>
/// <param name="IsReply">False for a request, true for a reply.</param>
/// <param name="OriginMicros">The requester's clock when it sent the request, in microseconds (wraps); a reply echoes it.</param>
/// <param name="ReplierMicros">In a reply, the replier's clock when it answered; 0 in a request.</param>
public readonly record struct Heartbeat(bool IsReply, uint OriginMicros, uint ReplierMicros) : IFirmwareMessage<Heartbeat>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Heartbeat;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out Heartbeat message)
    {
        message = default;
        if (payload.Length != 9 || (payload[0] & 0xFE) != 0)
            return false;
        message = new Heartbeat(
            payload[0] == 1,
            BinaryPrimitives.ReadUInt32LittleEndian(payload[1..]),
            BinaryPrimitives.ReadUInt32LittleEndian(payload[5..]));
        return true;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = (byte)(IsReply ? 1 : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(payload[1..], OriginMicros);
        BinaryPrimitives.WriteUInt32LittleEndian(payload[5..], ReplierMicros);
        return 9;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteBoolean("reply", IsReply);
        json.WriteNumber("originUs", OriginMicros);
        json.WriteNumber("replierUs", ReplierMicros);
    }
}

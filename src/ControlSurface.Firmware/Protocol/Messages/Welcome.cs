using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device: the session starts. The device drops events the host already has, then sends its state dump.</summary>
/// <param name="Version">The protocol version both sides now speak.</param>
/// <param name="HasEventHistory">True when the host knows this device from before and <paramref name="ExpectedEventSequence"/> is meaningful.</param>
/// <param name="ExpectedEventSequence">The next event sequence number the host will accept.</param>
/// <param name="HeartbeatMs">How often each side sends a heartbeat request, in milliseconds.</param>
/// <param name="TimeoutMs">Silence after which either side considers the link lost, in milliseconds.</param>
public readonly record struct Welcome(byte Version, bool HasEventHistory, ushort ExpectedEventSequence, ushort HeartbeatMs, ushort TimeoutMs)
    : IFirmwareMessage<Welcome>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Welcome;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out Welcome message)
    {
        message = default;
        if (payload.Length != 8 || payload[0] == 0 || (payload[1] & 0xFE) != 0)
            return false;
        message = new Welcome(
            payload[0], (payload[1] & 1) != 0,
            BinaryPrimitives.ReadUInt16LittleEndian(payload[2..]),
            BinaryPrimitives.ReadUInt16LittleEndian(payload[4..]),
            BinaryPrimitives.ReadUInt16LittleEndian(payload[6..]));
        return true;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Version;
        payload[1] = (byte)(HasEventHistory ? 1 : 0);
        BinaryPrimitives.WriteUInt16LittleEndian(payload[2..], ExpectedEventSequence);
        BinaryPrimitives.WriteUInt16LittleEndian(payload[4..], HeartbeatMs);
        BinaryPrimitives.WriteUInt16LittleEndian(payload[6..], TimeoutMs);
        return 8;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("version", Version);
        json.WriteBoolean("hasEventHistory", HasEventHistory);
        json.WriteNumber("expectedEventSeq", ExpectedEventSequence);
        json.WriteNumber("heartbeatMs", HeartbeatMs);
        json.WriteNumber("timeoutMs", TimeoutMs);
    }
}

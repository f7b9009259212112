using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Device to host (event): a pad hit, button down/up or encoder steps, delivered exactly once.</summary>
/// <param name="Sequence">Event sequence number: +1 per new event, wraps at 65536; a retransmission keeps its number.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Index">Zero-based pad, button or encoder number.</param>
/// <param name="Value">Velocity (pad hit, 1..2^padBits-1), 0 (buttons) or signed steps (encoder).</param>
public readonly record struct DeviceEvent(ushort Sequence, EventKind Kind, byte Index, short Value) : IFirmwareMessage<DeviceEvent>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Event;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out DeviceEvent message)
    {
        message = default;
        if (payload.Length != 6 || payload[2] is < 1 or > 4)
            return false;
        message = new DeviceEvent(
            BinaryPrimitives.ReadUInt16LittleEndian(payload), (EventKind)payload[2], payload[3],
            BinaryPrimitives.ReadInt16LittleEndian(payload[4..]));
        return true;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(payload, Sequence);
        payload[2] = (byte)Kind;
        payload[3] = Index;
        BinaryPrimitives.WriteInt16LittleEndian(payload[4..], Value);
        return 6;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("eventSeq", Sequence);
        json.WriteString("kind", Kind.ToString());
        json.WriteNumber("index", Index);
        json.WriteNumber("value", Value);
    }
}

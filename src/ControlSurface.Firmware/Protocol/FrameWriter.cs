using System.Buffers;
using System.Buffers.Binary;

namespace ControlSurface.Firmware.Protocol;

/// <summary>Turns messages into wire frames: header, payload, CRC-16 (big-endian), COBS, then a 0x00 delimiter.</summary>
/// <remarks>Allocation-free; the same code serves both roles (host and device).</remarks>
public static class FrameWriter
{
    /// <summary>Encodes <paramref name="message"/> into <paramref name="destination"/> (at least <see cref="ProtocolLimits.MaxWireLength"/> bytes); returns the bytes written.</summary>
    public static int Encode<T>(in T message, byte sequence, Span<byte> destination) where T : struct, IFirmwareMessage<T>
    {
        Span<byte> raw = stackalloc byte[ProtocolLimits.MaxFrameLength];
        raw[0] = (byte)T.Type;
        raw[1] = sequence;
        var payload = message.Write(raw.Slice(ProtocolLimits.HeaderLength, ProtocolLimits.MaxPayloadLength));
        return Seal(raw, ProtocolLimits.HeaderLength + payload, destination);
    }

    /// <summary>Encodes a frame of any type byte and raw payload (tools and tests: unknown types, hand-made frames).</summary>
    public static int EncodeRaw(byte type, byte sequence, ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        if (payload.Length > ProtocolLimits.MaxPayloadLength)
            throw new ArgumentException($"payload of {payload.Length} bytes exceeds {ProtocolLimits.MaxPayloadLength}", nameof(payload));
        Span<byte> raw = stackalloc byte[ProtocolLimits.MaxFrameLength];
        raw[0] = type;
        raw[1] = sequence;
        payload.CopyTo(raw[ProtocolLimits.HeaderLength..]);
        return Seal(raw, ProtocolLimits.HeaderLength + payload.Length, destination);
    }

    /// <summary>Writes one frame into <paramref name="writer"/>.</summary>
    public static void Write<T>(IBufferWriter<byte> writer, in T message, byte sequence) where T : struct, IFirmwareMessage<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        var span = writer.GetSpan(ProtocolLimits.MaxWireLength);
        writer.Advance(Encode(message, sequence, span));
    }

    private static int Seal(Span<byte> raw, int length, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16BigEndian(raw[length..], Crc16.Compute(raw[..length]));
        length += ProtocolLimits.CrcLength;
        var written = Cobs.Encode(raw[..length], destination);
        destination[written] = 0;
        return written + 1;
    }
}

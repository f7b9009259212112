namespace ControlSurface.Firmware.Protocol;

/// <summary>Fixed sizes and the version of the firmware link protocol (see firmware-protocol/PROTOCOL.md).</summary>
public static class ProtocolLimits
{
    /// <summary>The protocol version this code speaks.</summary>
    public const byte Version = 1;

    /// <summary>The oldest protocol version this code accepts.</summary>
    public const byte MinVersion = 1;

    /// <summary>Bytes before the payload: type and sequence number.</summary>
    public const int HeaderLength = 2;

    /// <summary>Bytes of CRC after the payload.</summary>
    public const int CrcLength = 2;

    /// <summary>Largest decoded frame: header, payload and CRC (keeps the COBS overhead at one byte).</summary>
    public const int MaxFrameLength = 254;

    /// <summary>Largest payload.</summary>
    public const int MaxPayloadLength = MaxFrameLength - HeaderLength - CrcLength;

    /// <summary>Largest COBS-encoded frame, without the delimiter.</summary>
    public const int MaxEncodedLength = MaxFrameLength + 1;

    /// <summary>Largest frame on the wire, delimiter included.</summary>
    public const int MaxWireLength = MaxEncodedLength + 1;

    /// <summary>Smallest decoded frame: header and CRC with an empty payload.</summary>
    public const int MinFrameLength = HeaderLength + CrcLength;
}

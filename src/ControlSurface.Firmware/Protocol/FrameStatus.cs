namespace ControlSurface.Firmware.Protocol;

/// <summary>What <see cref="FrameReader.Read"/> found.</summary>
public enum FrameStatus : byte
{
    /// <summary>No complete frame in the input yet; read more bytes.</summary>
    NeedMoreData,
    /// <summary>A frame with a good CRC.</summary>
    Ok,
    /// <summary>The CRC did not match; the frame was dropped.</summary>
    CrcError,
    /// <summary>The COBS encoding was broken (a code running past the end); the frame was dropped.</summary>
    CobsError,
    /// <summary>Fewer bytes than a header and a CRC; the frame was dropped.</summary>
    TooShort,
    /// <summary>More than the maximum frame length without a delimiter; dropped up to the next 0x00.</summary>
    Oversize,
}

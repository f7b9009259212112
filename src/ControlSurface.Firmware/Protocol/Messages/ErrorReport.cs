using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Both ways: a frame was refused. Informational; the receiver of an error never answers it with an error.</summary>
/// <param name="Code">Why.</param>
/// <param name="OffendingType">The type byte of the refused frame.</param>
/// <param name="OffendingSequence">The sequence number of the refused frame.</param>
/// <param name="Detail">The offending index or value byte, when there is one; otherwise 0.</param>
public readonly record struct ErrorReport(ErrorCode Code, byte OffendingType, byte OffendingSequence, byte Detail)
    : IFirmwareMessage<ErrorReport>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Error;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out ErrorReport message)
    {
        message = payload.Length == 4 && payload[0] != 0 ? new ErrorReport((ErrorCode)payload[0], payload[1], payload[2], payload[3]) : default;
        return payload.Length == 4 && payload[0] != 0;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = (byte)Code;
        payload[1] = OffendingType;
        payload[2] = OffendingSequence;
        payload[3] = Detail;
        return 4;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteString("code", Enum.IsDefined(Code) ? Code.ToString() : $"0x{(byte)Code:X2}");
        json.WriteNumber("offendingType", OffendingType);
        json.WriteNumber("offendingSeq", OffendingSequence);
        json.WriteNumber("detail", Detail);
    }
}

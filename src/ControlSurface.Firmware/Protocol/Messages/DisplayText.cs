using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Host to device (state): text for part of one display line.</summary>
/// <param name="Strip">Zero-based strip (display) number.</param>
/// <param name="Line">Zero-based line.</param>
/// <param name="Column">First character position written (zero-based).</param>
/// <param name="Text">Printable ASCII; the rest of the line is untouched.</param>
public readonly record struct DisplayText(byte Strip, byte Line, byte Column, string Text) : IFirmwareMessage<DisplayText>
{
    /// <summary>The most characters one frame carries.</summary>
    public const int MaxCharacters = 64;

    /// <inheritdoc/>
    public static MessageType Type => MessageType.Text;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out DisplayText message)
    {
        message = default;
        if (payload.Length < 3 || payload.Length > 3 + MaxCharacters || !AsciiField.IsPrintable(payload[3..], allowSpace: true))
            return false;
        message = new DisplayText(payload[0], payload[1], payload[2], AsciiField.Read(payload[3..]));
        return true;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Strip;
        payload[1] = Line;
        payload[2] = Column;
        return 3 + AsciiField.Write(Text ?? string.Empty, payload[3..], MaxCharacters);
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("strip", Strip);
        json.WriteNumber("line", Line);
        json.WriteNumber("column", Column);
        json.WriteString("text", Text);
    }
}

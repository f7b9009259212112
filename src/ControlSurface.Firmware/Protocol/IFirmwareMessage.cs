using System.Text.Json;

namespace ControlSurface.Firmware.Protocol;

/// <summary>A firmware-link message: its type byte, a payload reader and writer, and a JSON view for tools.</summary>
/// <typeparam name="TSelf">The message struct itself (static abstract members keep the hot path free of boxing).</typeparam>
public interface IFirmwareMessage<TSelf> where TSelf : struct, IFirmwareMessage<TSelf>
{
    /// <summary>The type byte that carries this message.</summary>
    static abstract MessageType Type { get; }

    /// <summary>Parses a payload; false when its length or values do not fit the layout.</summary>
    static abstract bool TryRead(ReadOnlySpan<byte> payload, out TSelf message);

    /// <summary>Writes the payload; returns its length.</summary>
    int Write(Span<byte> payload);

    /// <summary>Writes the message's fields as JSON properties (the object is opened by the caller).</summary>
    void WriteJson(Utf8JsonWriter json);
}

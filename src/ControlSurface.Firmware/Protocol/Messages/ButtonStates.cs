using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>Device to host (state, part of a dump): which buttons are held right now.</summary>
/// <param name="Count">Number of buttons covered (0-128).</param>
/// <param name="Held">Bit i set = button i held.</param>
public readonly record struct ButtonStates(byte Count, UInt128 Held) : IFirmwareMessage<ButtonStates>
{
    /// <inheritdoc/>
    public static MessageType Type => MessageType.Buttons;

    /// <summary>True when button <paramref name="button"/> is held.</summary>
    public bool IsHeld(int button) => button >= 0 && button < Count && ((Held >> button) & UInt128.One) != UInt128.Zero;

    /// <inheritdoc/>
    public static bool TryRead(ReadOnlySpan<byte> payload, out ButtonStates message)
    {
        message = default;
        if (payload.IsEmpty || payload[0] > 128 || payload.Length != 1 + ((payload[0] + 7) / 8))
            return false;
        var held = UInt128.Zero;
        for (var i = 0; i < payload.Length - 1; i++)
            held |= (UInt128)payload[1 + i] << (8 * i);
        // Bits beyond Count must be zero: anything else is a malformed frame.
        if (payload[0] < 128 && (held >> payload[0]) != UInt128.Zero)
            return false;
        message = new ButtonStates(payload[0], held);
        return true;
    }

    /// <inheritdoc/>
    public int Write(Span<byte> payload)
    {
        payload[0] = Count;
        var bytes = (Count + 7) / 8;
        for (var i = 0; i < bytes; i++)
            payload[1 + i] = (byte)(Held >> (8 * i));
        return 1 + bytes;
    }

    /// <inheritdoc/>
    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteNumber("count", Count);
        json.WriteStartArray("held");
        for (var i = 0; i < Count; i++)
        {
            if (IsHeld(i))
                json.WriteNumberValue(i);
        }
        json.WriteEndArray();
    }
}

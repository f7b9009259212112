using System.Text.Json;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Protocol;

/// <summary>Writes one decoded frame, or one framing error, as a JSON object (for `decode --frames` and the golden vectors).</summary>
public static class FrameJson
{
    /// <summary>The status word for a framing outcome, as used in the JSON and the vectors.</summary>
    public static string StatusName(FrameStatus status) => status switch
    {
        FrameStatus.Ok => "ok",
        FrameStatus.CrcError => "crc-error",
        FrameStatus.CobsError => "cobs-error",
        FrameStatus.TooShort => "too-short",
        FrameStatus.Oversize => "oversize",
        _ => "need-more-data",
    };

    /// <summary>Writes a good frame: offset, status "ok" (or "unknown-type" / "bad-payload"), type, seq and the message's fields.</summary>
    /// <returns>True when the payload parsed as a known message.</returns>
    public static bool WriteFrame(Utf8JsonWriter json, long offset, FrameView frame)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteNumber("offset", offset);
        var known = Enum.IsDefined(frame.Type);
        var parsed = known && frame.Type switch
        {
            MessageType.HelloRequest => Fields<HelloRequest>(json, frame),
            MessageType.Hello => Fields<Hello>(json, frame),
            MessageType.Welcome => Fields<Welcome>(json, frame),
            MessageType.Heartbeat => Fields<Heartbeat>(json, frame),
            MessageType.Ack => Fields<Ack>(json, frame),
            MessageType.Error => Fields<ErrorReport>(json, frame),
            MessageType.DumpRequest => Fields<DumpRequest>(json, frame),
            MessageType.DumpEnd => Fields<DumpEnd>(json, frame),
            MessageType.Fader => Fields<FaderReport>(json, frame),
            MessageType.PadPressure => Fields<PadPressureReport>(json, frame),
            MessageType.Buttons => Fields<ButtonStates>(json, frame),
            MessageType.Event => Fields<DeviceEvent>(json, frame),
            MessageType.FaderTarget => Fields<FaderTarget>(json, frame),
            MessageType.Motor => Fields<MotorEnable>(json, frame),
            MessageType.Led => Fields<LedState>(json, frame),
            MessageType.Text => Fields<DisplayText>(json, frame),
            MessageType.Meter => Fields<MeterLevel>(json, frame),
            MessageType.Ring => Fields<RingValue>(json, frame),
            MessageType.ConfigGet => Fields<ConfigGet>(json, frame),
            MessageType.ConfigSet => Fields<ConfigSet>(json, frame),
            MessageType.ConfigValue => Fields<ConfigValue>(json, frame),
            _ => false,
        };
        if (!parsed)
        {
            json.WriteString("status", known ? "bad-payload" : "unknown-type");
            json.WriteString("type", known ? frame.Type.ToString() : $"0x{(byte)frame.Type:X2}");
            json.WriteNumber("seq", frame.Sequence);
            json.WriteString("payload", Convert.ToHexString(frame.Payload));
        }
        json.WriteEndObject();
        return parsed;
    }

    /// <summary>Writes a framing error: offset, status and the number of bytes dropped.</summary>
    public static void WriteError(Utf8JsonWriter json, long offset, FrameStatus status, long droppedBytes)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteNumber("offset", offset);
        json.WriteString("status", StatusName(status));
        json.WriteNumber("bytes", droppedBytes);
        json.WriteEndObject();
    }

    /// <summary>Writes the bytes left at the end of a stream without a delimiter.</summary>
    public static void WriteTruncated(Utf8JsonWriter json, long offset, long bytes)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteNumber("offset", offset);
        json.WriteString("status", "truncated");
        json.WriteNumber("bytes", bytes);
        json.WriteEndObject();
    }

    private static bool Fields<T>(Utf8JsonWriter json, FrameView frame) where T : struct, IFirmwareMessage<T>
    {
        if (!frame.TryRead<T>(out var message))
            return false;
        json.WriteString("status", "ok");
        json.WriteString("type", T.Type.ToString());
        json.WriteNumber("seq", frame.Sequence);
        message.WriteJson(json);
        return true;
    }
}

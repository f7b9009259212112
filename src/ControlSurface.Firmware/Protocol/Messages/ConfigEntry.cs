using System.Buffers.Binary;
using System.Text.Json;

namespace ControlSurface.Firmware.Protocol.Messages;

/// <summary>One configuration entry: key, fader index and the key's value fields.</summary>
/// <param name="Key">Which setting.</param>
/// <param name="Index">Zero-based fader number.</param>
/// <param name="First">Calibration raw minimum, touch threshold or speed limit.</param>
/// <param name="Second">Calibration raw maximum; unused otherwise.</param>
/// <param name="Kp">PID proportional gain (MotorPid only).</param>
/// <param name="Ki">PID integral gain (MotorPid only).</param>
/// <param name="Kd">PID derivative gain (MotorPid only).</param>
public readonly record struct ConfigEntry(ConfigKey Key, byte Index, ushort First = 0, ushort Second = 0, float Kp = 0, float Ki = 0, float Kd = 0)
{
    /// <summary>A fader calibration entry.</summary>
    public static ConfigEntry Calibration(byte fader, ushort rawMin, ushort rawMax) => new(ConfigKey.FaderCalibration, fader, rawMin, rawMax);

    /// <summary>A PID gains entry.</summary>
    public static ConfigEntry Pid(byte fader, float kp, float ki, float kd) => new(ConfigKey.MotorPid, fader, Kp: kp, Ki: ki, Kd: kd);

    /// <summary>The value length for <paramref name="key"/>, or -1 when the key is unknown.</summary>
    public static int ValueLength(ConfigKey key) => key switch
    {
        ConfigKey.FaderCalibration => 4,
        ConfigKey.TouchThreshold or ConfigKey.MotorSpeedLimit => 2,
        ConfigKey.MotorPid => 12,
        _ => -1,
    };

    internal static bool TryRead(ReadOnlySpan<byte> payload, out ConfigEntry entry)
    {
        entry = default;
        if (payload.Length < 2)
            return false;
        var key = (ConfigKey)payload[0];
        if (payload.Length != 2 + ValueLength(key))
            return false;
        var v = payload[2..];
        entry = key switch
        {
            ConfigKey.FaderCalibration => new ConfigEntry(key, payload[1], BinaryPrimitives.ReadUInt16LittleEndian(v), BinaryPrimitives.ReadUInt16LittleEndian(v[2..])),
            ConfigKey.MotorPid => new ConfigEntry(key, payload[1], Kp: BinaryPrimitives.ReadSingleLittleEndian(v),
                Ki: BinaryPrimitives.ReadSingleLittleEndian(v[4..]), Kd: BinaryPrimitives.ReadSingleLittleEndian(v[8..])),
            _ => new ConfigEntry(key, payload[1], BinaryPrimitives.ReadUInt16LittleEndian(v)),
        };
        return true;
    }

    internal int Write(Span<byte> payload)
    {
        payload[0] = (byte)Key;
        payload[1] = Index;
        var v = payload[2..];
        switch (Key)
        {
            case ConfigKey.FaderCalibration:
                BinaryPrimitives.WriteUInt16LittleEndian(v, First);
                BinaryPrimitives.WriteUInt16LittleEndian(v[2..], Second);
                return 6;
            case ConfigKey.MotorPid:
                BinaryPrimitives.WriteSingleLittleEndian(v, Kp);
                BinaryPrimitives.WriteSingleLittleEndian(v[4..], Ki);
                BinaryPrimitives.WriteSingleLittleEndian(v[8..], Kd);
                return 14;
            case ConfigKey.TouchThreshold or ConfigKey.MotorSpeedLimit:
                BinaryPrimitives.WriteUInt16LittleEndian(v, First);
                return 4;
            default:
                throw new InvalidOperationException($"unknown configuration key {(byte)Key}");
        }
    }

    internal void WriteJson(Utf8JsonWriter json)
    {
        json.WriteString("key", Key.ToString());
        json.WriteNumber("index", Index);
        switch (Key)
        {
            case ConfigKey.FaderCalibration:
                json.WriteNumber("rawMin", First);
                json.WriteNumber("rawMax", Second);
                break;
            case ConfigKey.MotorPid:
                json.WriteNumber("kp", Kp);
                json.WriteNumber("ki", Ki);
                json.WriteNumber("kd", Kd);
                break;
            default:
                json.WriteNumber("value", First);
                break;
        }
    }
}

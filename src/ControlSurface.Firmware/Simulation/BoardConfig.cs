using ControlSurface.Firmware.Protocol;
using ControlSurface.Firmware.Protocol.Messages;

namespace ControlSurface.Firmware.Simulation;

/// <summary>A simulated board's persisted configuration: calibration, touch threshold, PID gains, speed limit per fader.</summary>
/// <remarks>Kept for the life of the simulator (its "flash"), so it survives reconnects. Guarded by the board's lock.</remarks>
internal sealed class BoardConfig
{
    private readonly int _fullScale;

    public BoardConfig(SimulatorOptions options)
    {
        _fullScale = (1 << options.FaderBits) - 1;
        var max = options.RawMax < 0 ? _fullScale - options.RawMin : options.RawMax;
        RawMin = Enumerable.Repeat(options.RawMin, options.Faders).ToArray();
        RawMax = Enumerable.Repeat(max, options.Faders).ToArray();
        TouchThreshold = Enumerable.Repeat(200, options.Faders).ToArray();
        SpeedLimit = Enumerable.Repeat(0, options.Faders).ToArray();
        Pid = Enumerable.Repeat(((float)options.Physics.Kp, (float)options.Physics.Ki, (float)options.Physics.Kd), options.Faders).ToArray();
    }

    public int[] RawMin { get; }

    public int[] RawMax { get; }

    public int[] TouchThreshold { get; }

    public int[] SpeedLimit { get; }

    public (float Kp, float Ki, float Kd)[] Pid { get; }

    /// <summary>The entry for a key and fader, or the error to report.</summary>
    public ErrorCode? TryGet(ConfigKey key, byte index, out ConfigEntry entry)
    {
        entry = default;
        if (ConfigEntry.ValueLength(key) < 0)
            return ErrorCode.UnknownConfigKey;
        if (index >= RawMin.Length)
            return ErrorCode.BadIndex;
        entry = key switch
        {
            ConfigKey.FaderCalibration => ConfigEntry.Calibration(index, (ushort)RawMin[index], (ushort)RawMax[index]),
            ConfigKey.TouchThreshold => new ConfigEntry(key, index, (ushort)TouchThreshold[index]),
            ConfigKey.MotorSpeedLimit => new ConfigEntry(key, index, (ushort)SpeedLimit[index]),
            _ => ConfigEntry.Pid(index, Pid[index].Kp, Pid[index].Ki, Pid[index].Kd),
        };
        return null;
    }

    /// <summary>Stores an entry, or returns the error to report.</summary>
    public ErrorCode? Set(in ConfigEntry e)
    {
        if (e.Index >= RawMin.Length)
            return ErrorCode.BadIndex;
        switch (e.Key)
        {
            case ConfigKey.FaderCalibration:
                if (e.First >= e.Second || e.Second > _fullScale)
                    return ErrorCode.BadValue;
                RawMin[e.Index] = e.First;
                RawMax[e.Index] = e.Second;
                return null;
            case ConfigKey.TouchThreshold:
                TouchThreshold[e.Index] = e.First;
                return null;
            case ConfigKey.MotorSpeedLimit:
                SpeedLimit[e.Index] = e.First;
                return null;
            case ConfigKey.MotorPid:
                if (!float.IsFinite(e.Kp) || !float.IsFinite(e.Ki) || !float.IsFinite(e.Kd))
                    return ErrorCode.BadValue;
                Pid[e.Index] = (e.Kp, e.Ki, e.Kd);
                return null;
            default:
                return ErrorCode.UnknownConfigKey;
        }
    }
}

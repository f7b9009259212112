namespace ControlSurface.Firmware.Protocol;

/// <summary>A configuration entry the device persists; the entry's index is the fader number.</summary>
public enum ConfigKey : byte
{
    /// <summary>Fader calibration: raw minimum and maximum (two u16).</summary>
    FaderCalibration = 1,
    /// <summary>Touch threshold in sensor units (one u16).</summary>
    TouchThreshold = 2,
    /// <summary>Motor PID gains kp, ki, kd (three float32).</summary>
    MotorPid = 3,
    /// <summary>Motor speed limit in raw units per millisecond (one u16).</summary>
    MotorSpeedLimit = 4,
}

namespace ControlSurface.Firmware.Link;

/// <summary>Each fader's calibration (raw readings at the stops) as read from the device; unknown until its CONFIG_VALUE arrives.</summary>
/// <remarks>Thread-safe: the reader thread stores, the writer and reader threads convert.</remarks>
public sealed class FaderCalibrations
{
    private readonly int[] _min;
    private readonly int[] _max;

    /// <summary>Calibrations for <paramref name="faders"/> faders, all unknown.</summary>
    public FaderCalibrations(int faders)
    {
        _min = new int[faders];
        _max = new int[faders];
        Forget();
    }

    /// <summary>Number of faders.</summary>
    public int Count => _min.Length;

    /// <summary>True when fader <paramref name="fader"/>'s calibration is known.</summary>
    public bool IsKnown(int fader) => (uint)fader < (uint)_max.Length && Volatile.Read(ref _max[fader]) > 0;

    /// <summary>Forgets everything (a new session reads it again).</summary>
    public void Forget()
    {
        for (var i = 0; i < _max.Length; i++)
            Volatile.Write(ref _max[i], -1);
    }

    /// <summary>Stores a fader's calibration; ignored when out of range or empty.</summary>
    public void Set(int fader, int rawMin, int rawMax)
    {
        if ((uint)fader >= (uint)_max.Length || rawMax <= rawMin)
            return;
        Volatile.Write(ref _min[fader], rawMin);
        Volatile.Write(ref _max[fader], rawMax);
    }

    /// <summary>Raw position to 0..1; false while the calibration is unknown.</summary>
    public bool TryNormalise(int fader, int raw, out double value)
    {
        value = 0;
        if (!IsKnown(fader))
            return false;
        var min = Volatile.Read(ref _min[fader]);
        var max = Volatile.Read(ref _max[fader]);
        value = Math.Clamp((raw - min) / (double)(max - min), 0, 1);
        return true;
    }

    /// <summary>0..1 to a raw target; false while the calibration is unknown.</summary>
    public bool TryToRaw(int fader, double value, out ushort raw)
    {
        raw = 0;
        if (!IsKnown(fader))
            return false;
        var min = Volatile.Read(ref _min[fader]);
        var max = Volatile.Read(ref _max[fader]);
        raw = (ushort)(min + (int)Math.Round(Math.Clamp(value, 0, 1) * (max - min)));
        return true;
    }
}

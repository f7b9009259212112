namespace ControlSurface.Firmware.Simulation;

/// <summary>What the device side of a simulated link has seen and sent.</summary>
public sealed class DeviceCounters
{
    internal long FramesInValue;
    internal long FramesOutValue;
    internal long BadFramesValue;
    internal long ErrorsSentValue;
    internal long SessionsValue;
    internal long TimeoutsValue;

    /// <summary>Good frames received.</summary>
    public long FramesIn => Interlocked.Read(ref FramesInValue);

    /// <summary>Frames sent.</summary>
    public long FramesOut => Interlocked.Read(ref FramesOutValue);

    /// <summary>Frames dropped for CRC, COBS, length or size errors.</summary>
    public long BadFrames => Interlocked.Read(ref BadFramesValue);

    /// <summary>ERROR frames sent to the host.</summary>
    public long ErrorsSent => Interlocked.Read(ref ErrorsSentValue);

    /// <summary>WELCOMEs accepted (sessions started, repeats included).</summary>
    public long Sessions => Interlocked.Read(ref SessionsValue);

    /// <summary>Sessions ended by host silence.</summary>
    public long Timeouts => Interlocked.Read(ref TimeoutsValue);
}

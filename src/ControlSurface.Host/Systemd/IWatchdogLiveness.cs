namespace ControlSurface.Host.Systemd;

/// <summary>Says whether the work the watchdog guards (the engine loop, the Pi poll loop) is still making progress.</summary>
internal interface IWatchdogLiveness
{
    /// <summary>True when there was progress since the previous call.</summary>
    bool IsAlive();
}

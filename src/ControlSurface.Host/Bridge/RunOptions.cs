namespace ControlSurface.Host.Bridge;

/// <summary>How a bridge run goes: for how long, whether it draws, where it journals.</summary>
/// <param name="Seconds">Run time; 0 runs until cancelled.</param>
/// <param name="JournalPath">Journal file, or null for none.</param>
/// <param name="LiveView">Draw the live terminal view.</param>
/// <param name="Started">Called once the engine loop runs (the systemd watchdog watches its ticks).</param>
/// <param name="WatchConfig">Reload the configuration file when it changes or on SIGHUP (`run --config`).</param>
/// <param name="Log">Where reloads are logged (stderr; the journal under systemd).</param>
/// <param name="Reloaded">Called after each reload attempt, applied or refused.</param>
internal sealed record RunOptions(
    double Seconds,
    string? JournalPath,
    bool LiveView,
    Action<Core.Engine.BridgeEngine>? Started = null,
    bool WatchConfig = false,
    TextWriter? Log = null,
    Action<ReloadStatus>? Reloaded = null);

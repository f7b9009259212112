using ControlSurface.Core.Engine;
using ControlSurface.Host.Config;
using ControlSurface.Host.Reporting;
using ControlSurface.Host.Systemd;

namespace ControlSurface.Host.Bridge;

/// <summary>Watches a run's configuration (file changes and SIGHUP) and reloads it, until the run ends.</summary>
internal sealed class ReloadLoop : IDisposable
{
    private readonly ConfigWatcher _watcher;
    private readonly ConfigReloader _reloader;
    private readonly SdNotifier? _notifier;

    private ReloadLoop(ConfigWatcher watcher, ConfigReloader reloader, SdNotifier? notifier)
    {
        _watcher = watcher;
        _reloader = reloader;
        _notifier = notifier;
    }

    /// <summary>Starts watching <paramref name="config"/>'s files; adds the <c>config</c> report section.</summary>
    public static ReloadLoop Attach(BridgeEngine engine, EngineLoop loop, ComponentSet components, BridgeConfig config, RunOptions options,
        List<ReportWriter.Section> sections, TimeProvider time, CancellationToken stop)
    {
        var notifier = SdNotifier.FromEnvironment(Environment.GetEnvironmentVariable);
        var reloader = new ConfigReloader(engine, loop, components, config, options.Log ?? TextWriter.Null, notifier, stop)
        {
            Attempted = options.Reloaded,
        };
        sections.Add(reloader.Status.Write);
        var watcher = new ConfigWatcher(config.Files, time);
        reloader.Log(6, $"config: watching {string.Join(", ", config.Files)} (edits apply while running; SIGHUP reads the file again)");
        return new ReloadLoop(watcher, reloader, notifier);
    }

    /// <summary>Reloads on every change until <paramref name="end"/> completes or <paramref name="stop"/> fires.</summary>
    public async Task RunUntilAsync(Task end, CancellationToken stop)
    {
        while (!end.IsCompleted)
        {
            var next = _watcher.NextAsync(stop);
            if (await Task.WhenAny(next, end).ConfigureAwait(false) == end)
                return;
            await _reloader.ReloadAsync(await next.ConfigureAwait(false)).ConfigureAwait(false);
            _watcher.Watch(_reloader.Files);
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _notifier?.Dispose();
    }
}

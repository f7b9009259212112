using System.Runtime.InteropServices;
using System.Threading.Channels;

namespace ControlSurface.Host.Bridge;

/// <summary>Says when the configuration should be read again: one of its files changed on disk, or SIGHUP arrived (systemctl reload).</summary>
/// <remarks>
/// Watches the directories, not the files, because editors save by writing a new file and renaming it over the old one.
/// A save is often several events (truncate, write, rename), so a file change is reported once the files have been
/// quiet for <see cref="Settle"/>; SIGHUP is reported at once.
/// </remarks>
internal sealed class ConfigWatcher : IDisposable
{
    /// <summary>The reason given for a SIGHUP.</summary>
    public const string Hangup = "SIGHUP";

    private readonly Channel<string> _signals = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly PosixSignalRegistration? _hangup;

    public ConfigWatcher(IReadOnlyList<string> files, TimeProvider time, bool hangup = true)
    {
        _time = time;
        Watch(files);
        if (hangup && !OperatingSystem.IsWindows())
        {
            _hangup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, c =>
            {
                c.Cancel = true; // the default would end the process
                _signals.Writer.TryWrite(Hangup);
            });
        }
    }

    /// <summary>How long files must stay unchanged before a change is reported.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Watches <paramref name="files"/> from now on, besides those already watched (a reload may add a board file).</summary>
    public void Watch(IReadOnlyList<string> files)
    {
        foreach (var f in files)
        {
            var full = Path.GetFullPath(f);
            lock (_files)
            {
                if (!_files.Add(full))
                    continue;
            }
            var dir = Path.GetDirectoryName(full) ?? ".";
            if (_watchers.Exists(w => w.Path == dir) || !Directory.Exists(dir))
                continue;
            var w = new FileSystemWatcher(dir)
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            w.Changed += OnEvent;
            w.Created += OnEvent;
            w.Deleted += OnEvent;
            w.Renamed += OnEvent;
            w.EnableRaisingEvents = true;
            _watchers.Add(w);
        }
    }

    /// <summary>Waits for the next reason to reload: <see cref="Hangup"/> or the path of a changed file.</summary>
    public async Task<string> NextAsync(CancellationToken cancellation)
    {
        var reason = await _signals.Reader.ReadAsync(cancellation).ConfigureAwait(false);
        while (reason != Hangup)
        {
            await Task.Delay(Settle, _time, cancellation).ConfigureAwait(false);
            if (!_signals.Reader.TryRead(out var more))
                break;
            reason = more;
        }
        return reason;
    }

    public void Dispose()
    {
        _hangup?.Dispose();
        foreach (var w in _watchers)
            w.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        bool hit;
        lock (_files)
            hit = _files.Contains(e.FullPath) || (e is RenamedEventArgs r && _files.Contains(r.OldFullPath));
        if (hit)
            _signals.Writer.TryWrite(e.FullPath);
    }
}

using ControlSurface.Core.Engine;
using ControlSurface.Host.Config;
using ControlSurface.Host.Journal;
using ControlSurface.Host.Systemd;

namespace ControlSurface.Host.Bridge;

/// <summary>Puts an edited configuration into effect without a restart, or keeps the running one and says why.</summary>
/// <remarks>
/// <para>The whole new file is read and checked first (the same checks as `check-config`); a file with any mistake is
/// refused and the running configuration stays, with the mistake logged as <c>file:line:column: problem</c>.</para>
/// <para>A valid file is applied with the engine loop paused: entries whose values (and board files) are unchanged keep
/// running, changed ones are closed and rebuilt, removed ones closed, new ones built. The model (faders, mutes,
/// transport, takes) belongs to the engine, which stays, so nothing of the mix is lost; rebuilt surfaces get the whole
/// state again when they report in. Strip names and the timecode rate apply live; settings that size the engine
/// (strips, sample rate) or the take sheet wait for a restart and are listed as such.</para>
/// </remarks>
internal sealed class ConfigReloader(BridgeEngine engine, EngineLoop loop, ComponentSet components, BridgeConfig started,
    TextWriter log, SdNotifier? notifier, CancellationToken stop)
{
    private readonly BridgeConfig _started = started;
    private BridgeConfig _current = started;
    private byte[] _lastSeen = Contents(started.Files);

    /// <summary>Counters and the last error, for the report.</summary>
    public ReloadStatus Status { get; } = new(Path.GetFullPath(started.Source));

    /// <summary>Called after each attempt with the outcome (tests wait on it).</summary>
    public Action<ReloadStatus>? Attempted { get; init; }

    /// <summary>The files a watcher should follow now.</summary>
    public IReadOnlyList<string> Files => _current.Files;

    /// <summary>Reads the file again and applies it. A file event with no change in content is ignored; SIGHUP always reloads.</summary>
    public async Task ReloadAsync(string reason)
    {
        var contents = Contents(_current.Files);
        if (reason != ConfigWatcher.Hangup && contents.AsSpan().SequenceEqual(_lastSeen))
            return;
        _lastSeen = contents;
        BridgeConfig next;
        try
        {
            next = ConfigLoader.LoadFile(_current.Source);
        }
        catch (ConfigException e)
        {
            Status.Rejected++;
            Status.LastError = e.Message;
            Log(3, $"config: rejected {e.Message}; still running the previous configuration");
            notifier?.Notify($"STATUS=config rejected: {e.Message}");
            Attempted?.Invoke(Status);
            return;
        }

        var changes = new ReloadChanges();
        notifier?.Notify("RELOADING=1");
        var paused = System.Diagnostics.Stopwatch.GetTimestamp();
        await loop.PauseAsync().ConfigureAwait(false);
        try
        {
            var before = JournalReload.Before(engine);
            ApplyEngine(next, changes);
            await components.ApplyAsync(next.Components, changes, stop).ConfigureAwait(false);
            // The reload changed the engine outside its queue: the journal records the effect so a replay does the same.
            (engine.Journal as JournalWriter)?.RecordReload(engine, JournalReload.Since(before, engine));
        }
        finally
        {
            loop.Start(stop);
        }
        Status.LastPause = System.Diagnostics.Stopwatch.GetElapsedTime(paused);
        _current = next;
        Status.Reloads++;
        Status.LastChange = changes.ToString();
        Status.RestartNeeded = changes.NeedRestart;
        if (changes.Failed.Count > 0)
            Status.LastError = string.Join("; ", changes.Failed);
        Log(changes.Failed.Count > 0 ? 3 : changes.NeedRestart.Count > 0 ? 4 : 5, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"config: reloaded {Status.File}: {changes} (engine paused {Status.LastPause.TotalMilliseconds:F1} ms)"));
        notifier?.Notify($"READY=1\nSTATUS=config reloaded ({Status.Reloads}): {changes}");
        Attempted?.Invoke(Status);
    }

    private void ApplyEngine(BridgeConfig next, ReloadChanges changes)
    {
        var was = _current.Engine;
        var now = next.Engine;
        for (var i = 0; i < engine.Mixer.Strips.Count; i++)
        {
            var before = i < was.StripNames.Count ? was.StripNames[i] : null;
            var after = i < now.StripNames.Count ? now.StripNames[i] : null;
            if (before != after)
                engine.Writer.Apply(new ModelAddress(Parameter.Name, i), 0, Origin.Engine, after ?? $"Ch {i + 1}");
        }
        if (!was.StripNames.SequenceEqual(now.StripNames))
            changes.Engine.Add("strip names");
        if (now.TimecodeRate != engine.Transport.TimecodeRate)
        {
            engine.Transport.TimecodeRate = now.TimecodeRate;
            changes.Engine.Add("timecode rate");
        }

        // Compared with what the engine was built from: editing a value back needs no restart any more.
        var built = _started.Engine;
        if (now.StripCount != built.StripCount)
            changes.NeedRestart.Add("engine.strips");
        if (now.SampleRate != built.SampleRate)
            changes.NeedRestart.Add("engine.sampleRate");
        if (Fixed(now) != Fixed(built) && now.StripCount == built.StripCount && now.SampleRate == built.SampleRate)
            changes.NeedRestart.Add("engine");
        foreach (var key in _started.Extras.Keys.Union(next.Extras.Keys).Order(StringComparer.Ordinal))
        {
            if (_started.Extras.GetValueOrDefault(key) != next.Extras.GetValueOrDefault(key))
                changes.NeedRestart.Add(key);
        }
    }

    // The options a running engine cannot change, with the live ones blanked out.
    private static EngineOptions Fixed(EngineOptions o) => o with { StripNames = NoNames, TimecodeRate = default };

    private static readonly string[] NoNames = [];

    /// <summary>Writes one log line; under systemd with its syslog priority (3 error, 4 warning, 5 notice, 6 info).</summary>
    public void Log(int priority, string line) => LogLine.Write(log, priority, line);

    // The files' bytes, compared as they are (configs are small; a hash would pull OpenSSL into the Pi build).
    private static byte[] Contents(IReadOnlyList<string> files)
    {
        using var all = new MemoryStream();
        foreach (var f in files)
        {
            try
            {
                all.Write(File.ReadAllBytes(f));
            }
            catch (IOException)
            {
                all.Write("(missing)"u8);
            }
            catch (UnauthorizedAccessException)
            {
                all.Write("(unreadable)"u8);
            }
            all.WriteByte(0);
        }
        return all.ToArray();
    }
}

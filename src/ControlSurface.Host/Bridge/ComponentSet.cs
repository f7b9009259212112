using ControlSurface.Host.Config;

namespace ControlSurface.Host.Bridge;

/// <summary>The components of a run, built from configuration entries; a reload swaps the entries that changed.</summary>
/// <remarks>
/// Building and removing touch the engine's surface and target lists, so they run only while the engine loop is
/// paused (or before it starts). An entry whose fingerprint did not change keeps running untouched.
/// </remarks>
internal sealed class ComponentSet(BridgeContext context) : IAsyncDisposable
{
    private readonly List<RunningComponent> _running = [];

    /// <summary>The running components, in configuration order of when they were built.</summary>
    public IReadOnlyList<RunningComponent> Running => _running;

    /// <summary>Builds the component for <paramref name="entry"/> and remembers which engine slots it took.</summary>
    public RunningComponent Add(ComponentConfig entry)
    {
        var engine = context.Engine;
        int surfaces = engine.Surfaces.Count, targets = engine.Targets.Count;
        var component = entry.Kind.Create(entry.Name, entry.Settings, context);
        var running = new RunningComponent(entry, component, surfaces..engine.Surfaces.Count, targets..engine.Targets.Count);
        try
        {
            for (var i = surfaces; entry.Feedback is { } feedback && i < engine.Surfaces.Count; i++)
                engine.Feedback.Configure(i, feedback.Options, feedback.Calibration);
        }
        catch (ArgumentException e)
        {
            // E.g. a calibration for fewer faders than the device has: nothing of this entry may stay behind.
            for (var i = surfaces; i < engine.Surfaces.Count; i++)
                engine.RemoveSurface(i);
            component.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new InvalidOperationException($"{entry.Name}: feedback: {e.Message}", e);
        }
        _running.Add(running);
        return running;
    }

    public async Task StartAllAsync(CancellationToken cancellation)
    {
        foreach (var c in _running)
            await c.Component.StartAsync(cancellation).ConfigureAwait(false);
    }

    public async Task StopAllAsync()
    {
        foreach (var c in _running)
            await c.Component.StopAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Moves to <paramref name="next"/>: stops and removes entries that are gone or changed, builds the changed and new ones.
    /// Engine paused. A build that fails (a port that will not open) brings the old entry back and is reported.
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<ComponentConfig> next, ReloadChanges changes, CancellationToken cancellation)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in next)
        {
            if (Find(entry.Name) is { } old && old.Config.Kind == entry.Kind && old.Config.Fingerprint == entry.Fingerprint)
                keep.Add(entry.Name);
        }
        // Close first: a rebuilt entry usually needs the same serial port or bus address back.
        var removed = new Dictionary<string, RunningComponent>(StringComparer.Ordinal);
        foreach (var old in _running.ToArray())
        {
            if (keep.Contains(old.Config.Name))
                continue;
            await RemoveAsync(old).ConfigureAwait(false);
            removed[old.Config.Name] = old;
        }
        foreach (var entry in next)
        {
            if (keep.Contains(entry.Name))
                continue;
            var previous = removed.GetValueOrDefault(entry.Name);
            try
            {
                var built = Add(entry);
                await built.Component.StartAsync(cancellation).ConfigureAwait(false);
                (previous is null ? changes.Added : changes.Rebuilt).Add(entry.Name);
                removed.Remove(entry.Name);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                changes.Failed.Add($"{entry.Name}: {e.Message}");
                await RestoreAsync(previous, changes, cancellation).ConfigureAwait(false);
                removed.Remove(entry.Name);
            }
        }
        changes.Removed.AddRange(removed.Keys);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var c in _running)
            await c.Component.DisposeAsync().ConfigureAwait(false);
        _running.Clear();
    }

    private RunningComponent? Find(string name) => _running.Find(c => c.Config.Name == name);

    private async Task RemoveAsync(RunningComponent c)
    {
        await c.Component.StopAsync().ConfigureAwait(false);
        await c.Component.DisposeAsync().ConfigureAwait(false);
        _running.Remove(c);
        for (var i = c.Surfaces.Start.Value; i < c.Surfaces.End.Value; i++)
            context.Engine.RemoveSurface(i);
        for (var i = c.Targets.Start.Value; i < c.Targets.End.Value; i++)
            context.Engine.RemoveTarget(i);
    }

    private async Task RestoreAsync(RunningComponent? previous, ReloadChanges changes, CancellationToken cancellation)
    {
        if (previous is null)
            return;
        try
        {
            var back = Add(previous.Config);
            await back.Component.StartAsync(cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            changes.Failed.Add($"{previous.Config.Name} (previous settings): {e.Message}");
        }
    }
}

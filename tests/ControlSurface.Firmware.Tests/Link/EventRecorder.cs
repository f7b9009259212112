using ControlSurface.Core.Engine;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Firmware.Tests.Link;

/// <summary>Stands in for the engine: records every control event a surface posts and lets a test wait for a condition.</summary>
internal sealed class EventRecorder
{
    private readonly Lock _gate = new();
    private readonly List<ControlEvent> _events = [];
    private readonly SemaphoreSlim _changed = new(0);

    public bool Post(in EngineInput input)
    {
        if (input.Kind != EngineInputKind.Control)
            return true;
        lock (_gate)
            _events.Add(input.Control);
        _changed.Release();
        return true;
    }

    public List<ControlEvent> Snapshot()
    {
        lock (_gate)
            return [.. _events];
    }

    public List<ControlEvent> OfKind(ControlEventKind kind) => Snapshot().Where(e => e.Kind == kind).ToList();

    /// <summary>Waits (bounded by <paramref name="timeout"/>) until <paramref name="condition"/> holds for the recorded events.</summary>
    public async Task<bool> WaitUntilAsync(Func<List<ControlEvent>, bool> condition, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (!condition(Snapshot()))
        {
            try
            {
                // New events wake the check at once; link state changes are picked up within 10 ms.
                await _changed.WaitAsync(TimeSpan.FromMilliseconds(10), limit.Token);
            }
            catch (OperationCanceledException)
            {
                return condition(Snapshot());
            }
        }
        return true;
    }
}

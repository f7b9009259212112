using System.Threading.Tasks.Sources;

namespace ControlSurface.Midi.Ports;

/// <summary>An auto-reset signal with one async waiter that allocates nothing per wait.</summary>
/// <remarks><see cref="Set"/> may be called from any non-real-time thread; continuations run on the thread pool.</remarks>
public sealed class AsyncSignal : IValueTaskSource
{
    private readonly Lock _gate = new();
    private ManualResetValueTaskSourceCore<bool> _core = new() { RunContinuationsAsynchronously = true };
    private bool _set;
    private bool _waiting;
    private CancellationTokenRegistration _registration;

    /// <summary>Wakes the waiter, or lets the next wait return at once.</summary>
    public void Set()
    {
        lock (_gate)
        {
            if (!_waiting)
            {
                _set = true;
                return;
            }
            _waiting = false;
        }
        _core.SetResult(true);
    }

    /// <summary>Waits until <see cref="Set"/> (returns at once if it was set since the last wait).</summary>
    public ValueTask WaitAsync(CancellationToken cancellation)
    {
        lock (_gate)
        {
            if (_set)
            {
                _set = false;
                return ValueTask.CompletedTask;
            }
            cancellation.ThrowIfCancellationRequested();
            _core.Reset();
            _waiting = true;
        }
        if (cancellation.CanBeCanceled)
            _registration = cancellation.UnsafeRegister(static (s, ct) => ((AsyncSignal)s!).Cancel(ct), this);
        return new ValueTask(this, _core.Version);
    }

    private void Cancel(CancellationToken cancellation)
    {
        lock (_gate)
        {
            if (!_waiting)
                return;
            _waiting = false;
        }
        _core.SetException(new OperationCanceledException(cancellation));
    }

    void IValueTaskSource.GetResult(short token)
    {
        // The waiter's own thread releases its registration; Set and Cancel never touch it.
        var registration = _registration;
        _registration = default;
        registration.Dispose();
        _core.GetResult(token);
    }

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}

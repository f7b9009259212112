using ControlSurface.Core.Engine;

namespace ControlSurface.Host.Bridge;

/// <summary>Runs the engine loop on its own task and can pause it, so a reload may change the surface and target lists.</summary>
/// <remarks>While paused nothing is lost: inputs wait in the engine's queue, and the next tick advances the transport by the whole pause.</remarks>
internal sealed class EngineLoop(BridgeEngine engine)
{
    private CancellationTokenSource? _run;
    private Task _task = Task.CompletedTask;

    /// <summary>Starts (or resumes) the loop until <see cref="PauseAsync"/> or <paramref name="stop"/>.</summary>
    public void Start(CancellationToken stop)
    {
        _run = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var token = _run.Token;
        _task = Task.Run(() => engine.RunAsync(token), CancellationToken.None);
    }

    /// <summary>Stops the loop and waits until it has left; the caller is then the engine thread.</summary>
    public async Task PauseAsync()
    {
        if (_run is null)
            return;
        await _run.CancelAsync().ConfigureAwait(false);
        await _task.ConfigureAwait(false);
        _run.Dispose();
        _run = null;
    }
}

using ControlSurface.Host.Config;

namespace ControlSurface.Host.Demo;

/// <summary>Runs the built-in mixer's automation and meters on a 50 ms timer.</summary>
internal sealed class BuiltInMixerComponent(BridgeContext context, BuiltInMixer mixer, bool meters) : IBridgeComponent
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(50);
    private ITimer? _timer;

    public BuiltInMixer Mixer => mixer;

    public Task StartAsync(CancellationToken cancellation)
    {
        var started = context.Time.GetTimestamp();
        _timer = context.Time.CreateTimer(
            _ => mixer.Step(context.Time.GetElapsedTime(started), meters ? context.View().Strips : []),
            null, Period, Period);
        return Task.CompletedTask;
    }

    public async Task StopAsync()
    {
        if (_timer is { } t)
            await t.DisposeAsync().ConfigureAwait(false);
        _timer = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}

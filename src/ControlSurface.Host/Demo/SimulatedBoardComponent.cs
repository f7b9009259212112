using ControlSurface.Host.Config;

namespace ControlSurface.Host.Demo;

/// <summary>Runs a <see cref="VirtualBoard"/>: its motors, its scripted hand (if any), and its status reports.</summary>
internal sealed class SimulatedBoardComponent : IBridgeComponent
{
    private static readonly TimeSpan StepPeriod = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan StatusPeriod = TimeSpan.FromMilliseconds(500);

    private readonly TimeProvider _time;
    private readonly DemoHand? _hand;
    private readonly List<ITimer> _timers = [];
    private long _started;
    private long _lastStep;

    public SimulatedBoardComponent(BridgeContext context, string name, int faders, int pads, int encoders, bool scriptedHand)
    {
        _time = context.Time;
        Board = new VirtualBoard(context.Engine, name, faders, pads, encoders);
        _hand = scriptedHand ? new DemoHand(Board) : null;
        _hand?.Extra.AddRange(TakeDemoScript.Steps);
    }

    public VirtualBoard Board { get; }

    /// <summary>The scripted hand, when the configuration asked for one.</summary>
    public DemoHand? Hand => _hand;

    public Task StartAsync(CancellationToken cancellation)
    {
        _started = _time.GetTimestamp();
        _lastStep = _started;
        Board.PostStatus();
        _timers.Add(_time.CreateTimer(_ => Step(), null, StepPeriod, StepPeriod));
        _timers.Add(_time.CreateTimer(_ => Board.PostStatus(), null, StatusPeriod, StatusPeriod));
        return Task.CompletedTask;
    }

    private void Step()
    {
        var now = _time.GetTimestamp();
        Board.StepMotors(_time.GetElapsedTime(_lastStep, now));
        _lastStep = now;
        _hand?.Step(_time.GetElapsedTime(_started, now));
    }

    public async Task StopAsync()
    {
        foreach (var t in _timers)
            await t.DisposeAsync().ConfigureAwait(false);
        _timers.Clear();
        Board.PostStatus();
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}

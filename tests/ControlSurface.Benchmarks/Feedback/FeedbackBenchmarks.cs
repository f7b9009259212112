using BenchmarkDotNet.Attributes;

namespace ControlSurface.Benchmarks.Feedback;

/// <summary>The feedback stage under 32 faders at 1 kHz of hand input plus a target flood: alone, and through the engine.</summary>
/// <remarks>Each invocation is one simulated millisecond of 65 events; results are per event. Run: <c>-- --filter '*Feedback*' --job short</c>.</remarks>
[MemoryDiagnoser]
public class FeedbackBenchmarks
{
    private FeedbackLoad _stage = null!;
    private FeedbackLoad _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        var stageClock = new ManualClock();
        _stage = new FeedbackLoad(stageClock, new StagePath(stageClock));
        var engineClock = new ManualClock();
        _engine = new FeedbackLoad(engineClock, new EnginePath(engineClock));

        // Warm up past start-up sync and a few touch cycles, so the figures are steady state.
        for (var i = 0; i < 2000; i++)
        {
            _stage.Millisecond();
            _engine.Millisecond();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FeedbackLoad.EventsPerMs)]
    public void Stage() => _stage.Millisecond();

    [Benchmark(OperationsPerInvoke = FeedbackLoad.EventsPerMs)]
    public void Engine() => _engine.Millisecond();
}

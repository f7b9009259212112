using CsCheck;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>Random interleavings of hands, touches, floods, echoes and bank switches on a fake clock.</summary>
/// <remarks>
/// <see cref="FeedbackScenario"/> checks while running that no touched fader is driven and that targets never
/// reverse without an input, and after quiet that every fader shows its strip's model value.
/// </remarks>
public sealed class FeedbackStagePropertyTests
{
    private static readonly Gen<ScenarioOp> Op = Gen.Select(
        Gen.Int[0, 20],
        Gen.Int[0, FeedbackScenario.Faders - 1],
        Gen.Int[0, 1023],
        Gen.Int[1, 40],
        Gen.Int[0, 60],
        (k, fader, lsb, count, ms) => new ScenarioOp(KindFor(k), fader, lsb, count, k == 20 ? ms * 5 : ms % 8));

    private static readonly Gen<(ScenarioOp[] Ops, int Seed)> Scenario = Gen.Select(Op.Array[1, 60], Gen.Int);

    [Fact]
    public void RandomInterleavings_WithTouchSensors_KeepEveryPromise() =>
        Scenario.Sample(s => Play(s.Ops, s.Seed, touchSensing: true), iter: 300, threads: 1);

    [Fact]
    public void RandomInterleavings_MovementFallbackOnly_KeepEveryPromise() =>
        Scenario.Sample(s => Play(s.Ops, s.Seed, touchSensing: false), iter: 300, threads: 1);

    private static void Play(ScenarioOp[] ops, int seed, bool touchSensing)
    {
        var scenario = new FeedbackScenario(touchSensing, seed);

        scenario.Run(ops);
        scenario.QuietAndCheckConvergence();

        Assert.Equal(scenario.ButtonsSent, scenario.ButtonsForwarded);
    }

    private static ScenarioOpKind KindFor(int k) => k switch
    {
        <= 6 => ScenarioOpKind.HandMove,
        <= 8 => ScenarioOpKind.Touch,
        <= 10 => ScenarioOpKind.Release,
        <= 13 => ScenarioOpKind.TargetFlood,
        <= 15 => ScenarioOpKind.Echo,
        16 => ScenarioOpKind.BankSwitch,
        17 => ScenarioOpKind.Button,
        18 => ScenarioOpKind.Pad,
        _ => ScenarioOpKind.Wait,
    };
}

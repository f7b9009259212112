namespace ControlSurface.Core.Tests.Feedback;

/// <summary>One step of a random feedback scenario.</summary>
internal enum ScenarioOpKind
{
    HandMove,
    Touch,
    Release,
    TargetFlood,
    Echo,
    BankSwitch,
    Button,
    Pad,
    Wait,
}

/// <summary>A step: what, on which fader, a raw position or count, and milliseconds to let pass.</summary>
internal sealed record ScenarioOp(ScenarioOpKind Kind, int Fader, int Lsb, int Count, int Ms)
{
    public override string ToString() => $"{Kind}(f{Fader}, {Lsb}, n{Count}, {Ms}ms)";
}

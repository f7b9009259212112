using ControlSurface.Firmware.Simulation;

namespace ControlSurface.Firmware.Tests.Simulation;

public sealed class FaderPhysicsTests
{
    private const double Dt = 0.001;
    private static readonly FaderPhysicsParameters P = FaderPhysicsParameters.Default;

    private static FaderState AtRest(double position) => new() { Position = position, Setpoint = position, LastMeasured = position, MotorEnabled = true };

    private static double TimeToReach(ref FaderState s, double target, double tolerance, double limit = 2)
    {
        s.Target = target;
        for (var t = 0.0; t < limit; t += Dt)
        {
            FaderPhysics.Step(ref s, P, s.Position, Dt);
            if (Math.Abs(s.Position - target) < tolerance)
                return t + Dt;
        }
        return double.PositiveInfinity;
    }

    [Fact]
    public void Step_FullTravel_TakesBetween150And300Milliseconds()
    {
        var s = AtRest(0);

        var up = TimeToReach(ref s, 1, 0.01);
        var down = TimeToReach(ref s, 0, 0.01);

        Assert.InRange(up, 0.150, 0.300);
        Assert.InRange(down, 0.150, 0.300);
    }

    [Fact]
    public void Step_AfterAMove_SettlesOnTheTargetWithLittleOvershoot()
    {
        var s = AtRest(0.1);
        var peak = 0.0;

        s.Target = 0.8;
        for (var t = 0.0; t < 1; t += Dt)
        {
            FaderPhysics.Step(ref s, P, s.Position, Dt);
            peak = Math.Max(peak, s.Position);
        }

        Assert.InRange(s.Position, 0.797, 0.803);
        Assert.True(peak < 0.82, $"overshoot to {peak}");
        Assert.Equal(0, s.Drive);
    }

    [Fact]
    public void Step_Inertia_KnobAcceleratesRatherThanJumping()
    {
        var s = AtRest(0);
        s.Target = 1;

        FaderPhysics.Step(ref s, P, s.Position, Dt);
        var firstStep = s.Position;
        for (var i = 0; i < 49; i++)
            FaderPhysics.Step(ref s, P, s.Position, Dt);

        Assert.True(firstStep < 0.001);
        Assert.True(s.Velocity > 3, $"speed after 50 ms was {s.Velocity}");
    }

    [Fact]
    public void Step_HeldWithTouchSensing_MotorLetsGoAfterTheTouchDelay()
    {
        var s = AtRest(0.5);
        s.Held = true;
        s.HandPosition = s.HandGoal = 0.5;
        s.Target = 0.9;

        for (var i = 0; i < 300; i++)
            FaderPhysics.Step(ref s, P, s.Position, Dt);

        Assert.True(s.Touched);
        Assert.InRange(s.PushWhileHeld, 0, P.TouchDelay + Dt);
        Assert.Equal(0.5, s.Position);
    }

    [Fact]
    public void Step_SettledWithAdcNoise_MotorStaysOffAndAGrabMeetsNoPush()
    {
        var s = AtRest(0.5);
        s.Target = 0.5;
        var noise = new Random(7);
        double Noisy() => s.Position + ((noise.NextDouble() - 0.5) * 0.001);
        for (var i = 0; i < 200; i++)
            FaderPhysics.Step(ref s, P, Noisy(), Dt);
        var maxDrive = 0.0;

        for (var i = 0; i < 1000; i++)
        {
            FaderPhysics.Step(ref s, P, Noisy(), Dt);
            maxDrive = Math.Max(maxDrive, Math.Abs(s.Drive));
        }
        s.Held = true;
        s.HandPosition = s.HandGoal = s.Position;
        for (var i = 0; i < 50; i++)
            FaderPhysics.Step(ref s, P, Noisy(), Dt);

        Assert.Equal(0, maxDrive);
        Assert.Equal(0, s.PushWhileHeld);
    }

    [Fact]
    public void Step_RestingWhenANewTargetArrives_LeavesRestAndMoves()
    {
        var s = AtRest(0.5);
        s.Target = 0.5;
        for (var i = 0; i < 100; i++)
            FaderPhysics.Step(ref s, P, s.Position, Dt);

        var reached = TimeToReach(ref s, 0.503, 0.0015);

        Assert.True(reached < 0.2, $"a 3-step move took {reached} s");
    }

    [Fact]
    public void Step_HeldWhileFirmwareIgnoresTouch_CountsTheTimeTheMotorPushedTheHand()
    {
        var s = AtRest(0.5);
        s.IgnoreTouch = true;
        s.Held = true;
        s.HandPosition = s.HandGoal = 0.5;
        s.Target = 0.9;

        for (var i = 0; i < 300; i++)
            FaderPhysics.Step(ref s, P, s.Position, Dt);

        Assert.InRange(s.PushWhileHeld, 0.295, 0.301);
        Assert.Equal(0.5, s.Position);
    }

    [Fact]
    public void Step_HandMovesAndReleases_KnobFollowsTheHandThenStays()
    {
        var s = AtRest(0.2);
        s.MotorEnabled = false;
        s.Held = true;
        s.HandPosition = 0.2;
        s.HandGoal = 0.6;
        s.HandSpeed = 2;

        for (var i = 0; i < 100; i++)
            FaderPhysics.Step(ref s, P, s.Position, Dt);
        var whileHeldHalfway = s.Position;
        for (var i = 0; i < 200; i++)
            FaderPhysics.Step(ref s, P, s.Position, Dt);
        s.Held = false;
        for (var i = 0; i < 200; i++)
            FaderPhysics.Step(ref s, P, s.Position, Dt);

        Assert.InRange(whileHeldHalfway, 0.39, 0.41);
        Assert.InRange(s.Position, 0.59, 0.61);
        Assert.False(s.Touched);
    }

    [Fact]
    public void Step_SpeedLimit_StretchesTheTravel()
    {
        var fast = AtRest(0);
        var slow = AtRest(0);
        slow.SpeedLimit = 1;

        var fastTime = TimeToReach(ref fast, 1, 0.01);
        var slowTime = TimeToReach(ref slow, 1, 0.01);

        Assert.InRange(slowTime, 0.95, 1.1);
        Assert.True(slowTime > fastTime * 3);
    }
}

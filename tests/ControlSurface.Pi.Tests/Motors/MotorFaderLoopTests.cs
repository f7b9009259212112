using System.Device.Gpio;
using ControlSurface.Core.Surfaces;

namespace ControlSurface.Pi.Tests.Motors;

/// <summary>The position loop through PiSurface, the real Pca9685 binding on the fake chip, and a simulated fader.</summary>
public sealed class MotorFaderLoopTests
{
    private const double FullDutySpeed = 1.5; // travel per second at 100 % duty

    [Fact]
    public void Step_TargetSet_DrivesTheFaderThereAndStops()
    {
        using var rig = new PiRig();
        var position = 0.2;
        rig.Adc.Set(0, (int)(position * 1023));
        rig.Run();
        rig.Events.Clear();

        rig.Surface.Send(FeedbackCommand.FaderTarget(0, 0.8));
        position = Simulate(rig, position, steps: 600);

        Assert.InRange(position, 0.79, 0.81);
        Assert.Equal(0, rig.Pwm.Duty(0));
        Assert.Equal((PinValue.Low, PinValue.Low), (rig.Buses.Pins.Level(5), rig.Buses.Pins.Level(6)));
        Assert.DoesNotContain(rig.Events, e => e.Kind == ControlEventKind.FaderMoved && e.Control == 0);
        Assert.Equal(0, rig.Surface.MotorStalls);
    }

    [Fact]
    public void Step_Downward_SetsIn2AndMovesDown()
    {
        using var rig = new PiRig();
        rig.Adc.Set(0, 900);
        rig.Run();

        rig.Surface.Send(FeedbackCommand.FaderTarget(0, 0.1));
        rig.Run();

        Assert.Equal((PinValue.Low, PinValue.High), (rig.Buses.Pins.Level(5), rig.Buses.Pins.Level(6)));
        Assert.InRange(rig.Pwm.Duty(0), 0.35, 0.91);
    }

    [Fact]
    public void Step_HandTouchesDuringMove_MotorLetsGoAndMovesAreReported()
    {
        using var rig = new PiRig();
        rig.Adc.Set(0, 100);
        rig.Run();
        rig.Surface.Send(FeedbackCommand.FaderTarget(0, 0.9));
        var position = Simulate(rig, 100 / 1023.0, steps: 20);
        rig.Events.Clear();

        rig.Touch.Touch(0, true);
        rig.Run();
        rig.Adc.Set(0, 300);
        rig.Run();

        Assert.Equal(0, rig.Pwm.Duty(0));
        Assert.True(position > 100 / 1023.0);
        Assert.Contains(rig.Events, e => e.Kind == ControlEventKind.FaderTouched);
        Assert.Contains(rig.Events, e => e.Kind == ControlEventKind.FaderMoved && e.Control == 0);
    }

    [Fact]
    public void Step_FaderDoesNotMove_GivesUpAfterTimeoutAndCountsAStall()
    {
        using var rig = new PiRig();
        rig.Adc.Set(0, 100);
        rig.Run();

        rig.Surface.Send(FeedbackCommand.FaderTarget(0, 0.9));
        rig.Run(300); // 600 ms: still trying
        var stillDriving = rig.Pwm.Duty(0);
        rig.Run(150); // past the 800 ms timeout

        Assert.True(stillDriving > 0);
        Assert.Equal(0, rig.Pwm.Duty(0));
        Assert.Equal(1, rig.Surface.MotorStalls);
    }

    [Fact]
    public void Send_MotorDisabled_IgnoresTargets()
    {
        using var rig = new PiRig();
        rig.Adc.Set(0, 100);
        rig.Run();

        rig.Surface.Send(new FeedbackCommand(FeedbackKind.MotorEnable, 0, 0));
        rig.Surface.Send(FeedbackCommand.FaderTarget(0, 0.9));
        rig.Run(5);

        Assert.Equal(0, rig.Pwm.Duty(0));
    }

    /// <summary>A first-order fader: speed proportional to duty, direction from IN1/IN2; the wiper feeds the fake ADC.</summary>
    private static double Simulate(PiRig rig, double position, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            rig.Run();
            var direction = rig.Buses.Pins.Level(5) == PinValue.High ? 1 : rig.Buses.Pins.Level(6) == PinValue.High ? -1 : 0;
            position = Math.Clamp(position + direction * rig.Pwm.Duty(0) * FullDutySpeed * PiRig.Tick.TotalSeconds, 0, 1);
            rig.Adc.Set(0, (int)Math.Round(position * 1023));
        }
        return position;
    }
}

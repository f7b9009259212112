using ControlSurface.Firmware.Simulation;
using ControlSurface.Host.Demo;

namespace ControlSurface.Host.Firmware;

/// <summary>Lets the demo's scripted hand play the board simulator (the hand is part of the simulation, on the device side of the serial line).</summary>
internal sealed class SimulatorHand(BoardSimulator simulator) : IDemoBoard
{
    public int Faders => simulator.Options.Faders;

    public bool MotorMoving(int fader) => simulator.FaderMoving(fader);

    public void Touch(int fader) => simulator.Touch(fader);

    public void Move(int fader, double position) => simulator.Move(fader, Math.Clamp(position, 0, 1));

    public void Release(int fader) => simulator.Release(fader);

    public void HitPad(int pad, double velocity) => simulator.HitPad(pad, velocity);

    public void Click(int button) => simulator.Click(button);

    public void Turn(int encoder, int steps) => simulator.Turn(encoder, steps);
}

namespace ControlSurface.Host.Demo;

/// <summary>What the demo's scripted hand can do to a board, simulated in-process or over a serial link.</summary>
internal interface IDemoBoard
{
    /// <summary>Number of faders the hand can reach.</summary>
    int Faders { get; }

    /// <summary>True while the motor is moving fader <paramref name="fader"/> (a hand waits for it to stop before grabbing).</summary>
    bool MotorMoving(int fader);

    /// <summary>Puts a finger on fader <paramref name="fader"/>.</summary>
    void Touch(int fader);

    /// <summary>Moves a held fader to <paramref name="position"/> (0..1).</summary>
    void Move(int fader, double position);

    /// <summary>Lets go of a fader.</summary>
    void Release(int fader);

    /// <summary>Strikes a pad with <paramref name="velocity"/> (0..1).</summary>
    void HitPad(int pad, double velocity);

    /// <summary>Presses and releases a button.</summary>
    void Click(int button);

    /// <summary>Turns an encoder by signed steps.</summary>
    void Turn(int encoder, int steps);
}

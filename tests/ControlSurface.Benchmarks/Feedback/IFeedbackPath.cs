namespace ControlSurface.Benchmarks.Feedback;

/// <summary>Where the load goes: the feedback stage alone, or the whole engine with its stage.</summary>
internal interface IFeedbackPath
{
    void Hand(int fader, double position);

    void Touch(int fader, bool down);

    void Target(int strip, double value);

    void Tick();
}

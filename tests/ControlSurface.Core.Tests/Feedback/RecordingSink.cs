using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>Records every command and touch the stage emits, with the fake time it happened at.</summary>
internal sealed class RecordingSink(FakeTimeProvider time) : IFeedbackSink
{
    public List<(DateTimeOffset At, FeedbackCommand Command)> Sent { get; } = [];

    public List<(int Fader, bool Touched)> Touches { get; } = [];

    /// <summary>Called before each send: lets a test check a condition at the moment of sending.</summary>
    public Action<FeedbackCommand>? OnSend { get; set; }

    public void Send(in FeedbackCommand command)
    {
        OnSend?.Invoke(command);
        Sent.Add((time.GetUtcNow(), command));
    }

    public void TouchChanged(int fader, bool touched) => Touches.Add((fader, touched));

    public List<double> Targets(int fader) =>
        Sent.Where(s => s.Command.Kind == FeedbackKind.FaderTarget && s.Command.Control == fader).Select(s => s.Command.Value).ToList();

    public double? LastTarget(int fader)
    {
        var targets = Targets(fader);
        return targets.Count == 0 ? null : targets[^1];
    }
}

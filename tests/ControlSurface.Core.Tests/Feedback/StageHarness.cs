using ControlSurface.Core.Feedback;
using ControlSurface.Core.Surfaces;
using Microsoft.Extensions.Time.Testing;

namespace ControlSurface.Core.Tests.Feedback;

/// <summary>A feedback stage on a fake clock with a recording sink, and the moves a test needs.</summary>
internal sealed class StageHarness
{
    public static readonly SurfaceLayout MotorBoard = new(8, MotorizedFaders: true, TouchSensing: true, Pads: 8, Buttons: 16, Encoders: 8, DisplayLines: 2, DisplayCharacters: 7);

    public StageHarness(SurfaceLayout? layout = null, FeedbackOptions? options = null, DeviceCalibration? calibration = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Sink = new RecordingSink(Time);
        Options = options ?? new FeedbackOptions();
        Stage = new FeedbackStage(layout ?? MotorBoard, Options, Sink, Time, calibration);
    }

    public FakeTimeProvider Time { get; }

    public RecordingSink Sink { get; }

    public FeedbackStage Stage { get; }

    public FeedbackOptions Options { get; }

    /// <summary>Lets <paramref name="ms"/> milliseconds pass, ticking the stage every millisecond.</summary>
    public void Advance(double ms)
    {
        for (var t = 0.0; t < ms - 1e-9; t += 1)
        {
            Time.Advance(TimeSpan.FromMilliseconds(Math.Min(1, ms - t)));
            Stage.Tick();
        }
    }

    /// <summary>A hand reading at raw step <paramref name="lsb"/> of 1023; returns the forwarded model value or null.</summary>
    public double? Move(int fader, int lsb) => MoveTo(fader, lsb / 1023.0);

    public double? MoveTo(int fader, double device)
    {
        var accepted = Stage.OnControl(new ControlEvent(0, ControlEventKind.FaderMoved, fader, device), out var forward);
        if (accepted)
        {
            Stage.OnModelValue(fader, forward.Value, fromThisSurface: true);
        }

        return accepted ? forward.Value : null;
    }

    public void Touch(int fader) => Stage.OnControl(new ControlEvent(0, ControlEventKind.FaderTouched, fader, 1), out _);

    public void Release(int fader) => Stage.OnControl(new ControlEvent(0, ControlEventKind.FaderReleased, fader, 0), out _);

    /// <summary>Touches and holds past the debounce.</summary>
    public void Grab(int fader)
    {
        Touch(fader);
        Advance(Options.TouchDebounce.TotalMilliseconds + 1);
    }

    /// <summary>A target (DAW) reports a value for the strip on <paramref name="fader"/>.</summary>
    public void FromDaw(int fader, double value) => Stage.OnModelValue(fader, value, fromThisSurface: false);

    /// <summary>Establishes a known motor position: the DAW sets the value and the glide finishes.</summary>
    public void Settle(int fader, double value)
    {
        FromDaw(fader, value);
        Advance(400);
    }

    public List<FaderCauseEntry> Causes(int fader)
    {
        var buffer = new FaderCauseEntry[Stage.Causes.Depth];
        var n = Stage.Causes.CopyTo(fader, buffer);
        return buffer.Take(n).ToList();
    }
}
